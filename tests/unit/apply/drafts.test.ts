/**
 * Application drafts: restored after the app is killed, expired 30 days after the last edit on the
 * backend's clock, one Idempotency-Key per draft reused by every retry and tap, cleared on
 * sign-out, never holding a full ID number.
 */
import { idNumberCheckChar } from '../../../src/domain'

const mockStorage = new Map<string, string>()
const mockRequest = jest.fn()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    request: (opts: unknown) => mockRequest(opts),
    login: async () => ({ code: 'test-code' }),
    getStorageSync: (k: string) => mockStorage.get(k) ?? '',
    setStorageSync: (k: string, v: string) => mockStorage.set(k, v),
    removeStorageSync: (k: string) => mockStorage.delete(k),
  },
}))

type Drafts = typeof import('../../../src/data/apply/drafts')
type Submit = typeof import('../../../src/data/apply/submit')
type Session = typeof import('../../../src/data/session/store')
type Clock = typeof import('../../../src/services/clock')
type Http = typeof import('../../../src/services/http')
type SignOut = typeof import('../../../src/data/signOut')

interface App {
  drafts: Drafts
  submit: Submit
  session: Session
  signOut: SignOut
  clock: Clock
}

const DAY = 86_400_000
const T0 = Date.parse('2026-11-23T02:00:00Z')
const STORAGE_KEY = 'anguan.applyDrafts'
const first17 = '34040219810912071'
const ID = first17 + idNumberCheckChar(first17)
const FULL_ID = new RegExp(`${ID.slice(0, 6)}.?${ID.slice(6, 14)}.?${ID.slice(14)}`)

let now = T0
jest.spyOn(Date, 'now').mockImplementation(() => now)

/** A cold start: every module evaluated afresh, state only from storage. */
async function launch(): Promise<App> {
  let app: App | undefined
  await jest.isolateModulesAsync(async () => {
    const http: Http = await import('../../../src/services/http')
    http.configureHttp({ baseUrl: 'http://backend.test', backoffBaseMs: 1, backoffMaxMs: 2, retries: 2 })
    const session: Session = await import('../../../src/data/session/store')
    session.useSession.setState({ status: 'signedIn', token: 'good', expiresAt: '2099-01-01T00:00:00Z' })
    app = {
      session,
      signOut: await import('../../../src/data/signOut'),
      drafts: await import('../../../src/data/apply/drafts'),
      submit: await import('../../../src/data/apply/submit'),
      clock: await import('../../../src/services/clock'),
    }
  })
  if (!app) throw new Error('launch failed')
  return app
}

const stored = () => mockStorage.get(STORAGE_KEY) ?? ''
const envelope = (statusCode: number, body: object) => ({
  statusCode,
  data: JSON.stringify({ ...body, meta: { serverTime: new Date(now).toISOString() } }),
  header: {},
})
const application = { id: 'app-1', type: 'CANCELLATION', status: 'IN_PROGRESS' }

function backend(post: (call: number) => unknown) {
  let posts = 0
  mockRequest.mockImplementation(async (opts: { url: string; method: string }) => {
    if (opts.method === 'POST' && opts.url.endsWith('/v1/applications')) return post(++posts)
    return envelope(200, { data: [] })
  })
}
const createCalls = () =>
  mockRequest.mock.calls
    .map(([o]) => o as { url: string; method: string; header: Record<string, string>; data: string })
    .filter((o) => o.method === 'POST' && o.url.endsWith('/v1/applications'))

beforeEach(() => {
  mockStorage.clear()
  mockRequest.mockReset()
  now = T0
})

describe('restore', () => {
  it('gives back what was typed after the app is killed, for the same holder, type and certificate', async () => {
    const first = await launch()
    const key = first.drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    first.drafts.useApplyDrafts.getState().update(key, { reason: '已退休，不再从事安全生产管理工作' })
    const idempotencyKey = first.drafts.useApplyDrafts.getState().drafts[key].idempotencyKey

    now = T0 + 3 * DAY
    const second = await launch()
    const store = second.drafts.useApplyDrafts
    const again = store.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(again).toBe(key)
    expect(store.getState().drafts[again].fields.reason).toBe('已退休，不再从事安全生产管理工作')
    expect(store.getState().drafts[again].idempotencyKey).toBe(idempotencyKey)
    // Opened without a certificate (from 首页): the latest draft of that type.
    expect(store.getState().open('h1', 'CANCELLATION')).toBe(key)
  })

  it('keeps drafts apart per holder, type and certificate', async () => {
    const { drafts } = await launch()
    const store = drafts.useApplyDrafts
    const mine = store.getState().open('h1', 'CANCELLATION', 'cert-1')
    store.getState().update(mine, { reason: '已退休' })
    for (const [holder, type, cert] of [
      ['h2', 'CANCELLATION', 'cert-1'],
      ['h1', 'TRANSFER_OUT', 'cert-1'],
      ['h1', 'CANCELLATION', 'cert-2'],
    ] as const) {
      const other = store.getState().open(holder, type, cert)
      expect(other).not.toBe(mine)
      expect(drafts.hasContent(store.getState().drafts[other])).toBe(false)
    }
  })

  it('carries what was typed before a certificate was picked over to that certificate', async () => {
    const { drafts } = await launch()
    const store = drafts.useApplyDrafts
    const loose = store.getState().open('h1', 'TRANSFER_OUT')
    store.getState().update(loose, { targetProvince: '苏' })
    const picked = store.getState().selectCertificate(loose, 'cert-1')
    expect(store.getState().drafts[picked]).toMatchObject({
      certificateId: 'cert-1',
      fields: { targetProvince: '苏' },
    })
    expect(store.getState().drafts[loose]).toBeUndefined()
  })

  it('hands a draft typed before 实名认证 to the holder who then verifies', async () => {
    const { drafts } = await launch()
    const store = drafts.useApplyDrafts
    const guest = store.getState().open('guest', 'CANCELLATION', 'cert-1')
    store.getState().update(guest, { reason: '已退休' })
    const key = store.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(store.getState().drafts[key]).toMatchObject({ holder: 'h1', fields: { reason: '已退休' } })
    expect(Object.values(store.getState().drafts).some((d) => d.holder === 'guest')).toBe(false)
  })
})

describe('30-day expiry', () => {
  async function typeOnDayZero() {
    const { drafts } = await launch()
    const key = drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    drafts.useApplyDrafts.getState().update(key, { reason: '已退休' })
    return key
  }

  it('keeps a draft for 30 days after the last edit', async () => {
    const key = await typeOnDayZero()
    now = T0 + 30 * DAY
    const { drafts } = await launch()
    drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(drafts.useApplyDrafts.getState().drafts[key].fields.reason).toBe('已退休')
  })

  it('drops it after that, from memory and from storage', async () => {
    const key = await typeOnDayZero()
    now = T0 + 30 * DAY + 60_000
    const { drafts } = await launch()
    const reopened = drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(reopened).toBe(key)
    expect(drafts.hasContent(drafts.useApplyDrafts.getState().drafts[reopened])).toBe(false)
    expect(stored()).not.toContain('已退休')
  })

  it('counts from the last edit, not from when the draft was started', async () => {
    const key = await typeOnDayZero()
    now = T0 + 20 * DAY
    const later = await launch()
    later.drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    later.drafts.useApplyDrafts.getState().update(key, { reason: '已退休，申请注销' })
    now = T0 + 45 * DAY
    const { drafts } = await launch()
    drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(drafts.useApplyDrafts.getState().drafts[key].fields.reason).toBe('已退休，申请注销')
  })

  it("goes by the backend's clock when the phone's clock is wrong", async () => {
    const key = await typeOnDayZero()
    now = T0 + DAY
    const { drafts, clock } = await launch()
    // The phone thinks one day has passed; the backend says 31.
    clock.noteServerTime(new Date(T0 + 31 * DAY).toISOString())
    drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(drafts.hasContent(drafts.useApplyDrafts.getState().drafts[key])).toBe(false)
  })
})

describe('one Idempotency-Key per draft', () => {
  it('is made once and survives edits and restarts; another draft has its own', async () => {
    const first = await launch()
    const store = first.drafts.useApplyDrafts
    const key = store.getState().open('h1', 'CANCELLATION', 'cert-1')
    const idempotencyKey = store.getState().drafts[key].idempotencyKey
    expect(idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    store.getState().update(key, { reason: '已退休' })
    store.getState().update(key, { reason: '已退休，不再任职' })
    expect(store.getState().drafts[key].idempotencyKey).toBe(idempotencyKey)

    const second = await launch()
    second.drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(second.drafts.useApplyDrafts.getState().drafts[key].idempotencyKey).toBe(idempotencyKey)
    const other = second.drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-2')
    expect(second.drafts.useApplyDrafts.getState().drafts[other].idempotencyKey).not.toBe(idempotencyKey)
  })

  it('a double tap sends one request; the retry after a dropped connection reuses the key', async () => {
    const { drafts, submit } = await launch()
    const key = drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    drafts.useApplyDrafts.getState().update(key, { reason: '已退休' })
    const idempotencyKey = drafts.useApplyDrafts.getState().drafts[key].idempotencyKey
    backend((call) =>
      call === 1 ? Promise.reject({ errMsg: 'request:fail' }) : envelope(201, { data: application }),
    )

    const tap1 = submit.submitDraft(key, '2026-11-23')
    const tap2 = submit.submitDraft(key, '2026-11-23')
    expect(tap2).toBe(tap1)
    expect(submit.isSubmitting(key)).toBe(true)
    await expect(tap1).resolves.toMatchObject({ id: 'app-1' })

    const calls = createCalls()
    expect(calls).toHaveLength(2)
    expect(calls.map((c) => c.header['Idempotency-Key'])).toEqual([idempotencyKey, idempotencyKey])
    expect(JSON.parse(calls[0].data)).toEqual({
      type: 'CANCELLATION',
      certificateId: 'cert-1',
      fields: { reason: '已退休' },
    })
    expect(calls[1].data).toBe(calls[0].data)
    // Submitted: the draft is gone, here and on the phone.
    expect(drafts.useApplyDrafts.getState().drafts[key]).toBeUndefined()
    expect(stored()).not.toContain('已退休')
    expect(submit.isSubmitting(key)).toBe(false)
  })

  it('a refused submit keeps the draft and its key for the next try', async () => {
    const { drafts, submit } = await launch()
    const key = drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    drafts.useApplyDrafts.getState().update(key, { reason: '已退休' })
    const idempotencyKey = drafts.useApplyDrafts.getState().drafts[key].idempotencyKey
    backend((call) =>
      call === 1
        ? envelope(409, {
            error: {
              code: 'OPEN_APPLICATION_EXISTS',
              message: '您尚有未办结的申请事项，请等待办结后再进行申报',
            },
          })
        : envelope(201, { data: application }),
    )
    await expect(submit.submitDraft(key, '2026-11-23')).rejects.toMatchObject({
      code: 'OPEN_APPLICATION_EXISTS',
    })
    expect(drafts.useApplyDrafts.getState().drafts[key]).toMatchObject({
      fields: { reason: '已退休' },
      idempotencyKey,
    })
    await expect(submit.submitDraft(key, '2026-11-23')).resolves.toMatchObject({ id: 'app-1' })
    expect(createCalls().map((c) => c.header['Idempotency-Key'])).toEqual([idempotencyKey, idempotencyKey])
  })

  it('sends nothing while the form is incomplete, and says what is missing', async () => {
    const { drafts, submit } = await launch()
    const key = drafts.useApplyDrafts.getState().open('h1', 'RENEWAL')
    drafts.useApplyDrafts.getState().update(key, { noAccidentPenalty: true })
    const err = await submit.submitDraft(key, '2026-11-23').catch((e) => e)
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.fieldMessage('certificateId')).toMatch(/选择/)
    expect(err.fieldMessage('fields.noBadConductRecord')).toMatch(/不良行为记录/)
    expect(createCalls()).toHaveLength(0)
  })
})

describe('sign-out', () => {
  it('clears every draft, in memory and in storage', async () => {
    const { drafts, signOut } = await launch()
    const a = drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    drafts.useApplyDrafts.getState().update(a, { reason: '已退休' })
    const b = drafts.useApplyDrafts.getState().open('h1', 'TRANSFER_OUT', 'cert-1')
    drafts.useApplyDrafts.getState().update(b, { targetProvince: '苏' })
    signOut.signOut()
    expect(drafts.useApplyDrafts.getState().drafts).toEqual({})
    expect(stored()).not.toContain('已退休')
    expect(stored()).not.toContain('苏')
  })

  it('forgets drafts stored at an earlier launch, before any form of this launch was opened', async () => {
    const first = await launch()
    const key = first.drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    first.drafts.useApplyDrafts.getState().update(key, { reason: '已退休' })
    expect(stored()).toContain('已退休')

    now += 60_000
    // The next launch: the holder goes to 我的 and signs out without opening a form.
    let mine: SignOut | undefined
    await jest.isolateModulesAsync(async () => {
      mine = await import('../../../src/data/signOut')
    })
    mine?.signOut()
    expect(stored()).not.toContain('已退休')

    now += 60_000
    const { drafts } = await launch()
    drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    expect(drafts.hasContent(drafts.useApplyDrafts.getState().drafts[key])).toBe(false)
  })
})

describe('no full ID number', () => {
  it('masks one typed into any field before it is kept', async () => {
    const { drafts } = await launch()
    const store = drafts.useApplyDrafts
    const key = store.getState().open('h1', 'CANCELLATION', 'cert-1')
    store.getState().update(key, { reason: `本人身份证${ID}，已退休` })
    const spaced = store.getState().open('h1', 'TRANSFER_IN')
    store.getState().update(spaced, { sourceNumber: `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}` })

    expect(store.getState().drafts[key].fields.reason).toBe(
      `本人身份证340${'*'.repeat(11)}${ID.slice(-4)}，已退休`,
    )
    expect(JSON.stringify(store.getState().drafts)).not.toMatch(FULL_ID)
    expect(stored()).not.toMatch(FULL_ID)
    expect(stored()).toContain('已退休')
  })

  it('scrubs one found in storage on the next launch', async () => {
    const first = await launch()
    const key = first.drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    first.drafts.useApplyDrafts.getState().update(key, { reason: '已退休' })
    mockStorage.set(STORAGE_KEY, stored().replace('已退休', `已退休${ID}`))

    const { drafts } = await launch()
    expect(JSON.stringify(drafts.useApplyDrafts.getState().drafts)).not.toMatch(FULL_ID)
    expect(drafts.useApplyDrafts.getState().drafts[key].fields.reason).toContain('已退休340***')
  })

  it('sends the masked text, never the number', async () => {
    const { drafts, submit } = await launch()
    const key = drafts.useApplyDrafts.getState().open('h1', 'CANCELLATION', 'cert-1')
    drafts.useApplyDrafts.getState().update(key, { reason: `已退休 ${ID}` })
    backend(() => envelope(201, { data: application }))
    await submit.submitDraft(key, '2026-11-23')
    expect(createCalls()[0].data).not.toMatch(FULL_ID)
  })
})
