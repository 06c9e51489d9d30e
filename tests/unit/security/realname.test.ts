/**
 * 实名认证 as an attacker tries it: using the start as an oracle on the register, then trying the
 * face check over and over. A start must answer every well-formed request alike; the register and
 * the binding speak only after the face check has passed; starts and failed checks are limited.
 */
import type { FastifyInstance } from 'fastify'
import { idNumberCheckChar } from '../../../src/domain'
import { DEMO_HOLDERS, UNBOUND_PEOPLE } from '../../../backend/seed'
import { call, CHINESE, makeApp, operator, signIn } from '../backend/helpers'

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(async () => {
  jest.restoreAllMocks()
  await app.close()
})

const wuMin = UNBOUND_PEOPLE.find((p) => p.name === '吴敏')!
const valid = DEMO_HOLDERS.find((h) => h.key === 'valid')!
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17)

const start = (token: string, body: Record<string, string>) => call(app, 'startRealName', { token, body })
const confirm = (token: string, verifyId: string, verifyResult: string) =>
  call(app, 'confirmRealName', { token, params: { verifyId }, body: { verifyResult } })

/** Everything about an answer that could tell one case from another, ids and times aside. */
function shape(answer: { status: number; body: any; headers: Record<string, unknown> }) {
  const { verifyId, expiresAt, ...rest } = answer.body?.data ?? {}
  return {
    status: answer.status,
    keys: Object.keys(answer.body ?? {}).sort(),
    dataKeys: Object.keys(answer.body?.data ?? {}).sort(),
    verifyId: typeof verifyId === 'string' && /^v_[0-9a-f]{24}$/.test(verifyId),
    ttl: Date.parse(expiresAt) - Date.parse(answer.body?.meta?.serverTime),
    rest,
    error: answer.body?.error,
  }
}

describe('the start is not an oracle on the register', () => {
  test('a wrong name for a registered number, a number bound to someone else and an unknown number get the same answer', async () => {
    const cases = [
      { name: '吴明', idNumber: wuMin.idNumber, phone: wuMin.phone }, // on the register with another name
      { name: valid.name, idNumber: valid.idNumber, phone: valid.phone }, // bound to the valid holder
      { name: '吴敏', idNumber: wuMin.idNumber, phone: wuMin.phone }, // right name, free
      { name: '欧阳娜', idNumber: withCheck('11010519900101123'), phone: '13912345678' }, // unknown
    ]
    const answers = []
    for (const [i, body] of cases.entries())
      answers.push(shape(await start(await signIn(app, `demo:new:o${i}`), body)))
    for (const a of answers) expect(a).toEqual(answers[2])
    expect(answers[0]).toMatchObject({ status: 201, verifyId: true, error: undefined })
  })

  test('the register answers only after the face check passed for that person', async () => {
    const token = await signIn(app, 'demo:new:mismatch')
    const { verifyId } = (await start(token, { name: '吴明', idNumber: wuMin.idNumber, phone: wuMin.phone }))
      .body.data
    const failed = await confirm(token, verifyId, `dev-fail:${verifyId}`)
    expect(failed.body.error.code).toBe('FACE_VERIFICATION_FAILED')
    const passed = await confirm(token, verifyId, `dev-pass:${verifyId}`)
    expect(passed.status).toBe(422)
    expect(passed.body.error).toMatchObject({
      code: 'IDENTITY_MISMATCH',
      message: expect.stringMatching(CHINESE),
      fields: [
        { field: 'name', message: expect.stringMatching(CHINESE) },
        { field: 'idNumber', message: expect.stringMatching(CHINESE) },
      ],
    })

    const other = await signIn(app, 'demo:new:bound')
    const second = (await start(other, { name: valid.name, idNumber: valid.idNumber, phone: valid.phone }))
      .body.data.verifyId
    expect((await confirm(other, second, `dev-fail:${second}`)).body.error.code).toBe(
      'FACE_VERIFICATION_FAILED',
    )
    const bound = await confirm(other, second, `dev-pass:${second}`)
    expect(bound.status).toBe(409)
    expect(bound.body.error.code).toBe('REALNAME_ALREADY_BOUND')
    expect((await call(app, 'getProfile', { token: other })).body.data.realName.status).toBe('NONE')
  })
})

describe('limits', () => {
  const person = (n: number) => ({
    name: '林振华',
    idNumber: withCheck(`3401041985061${1000 + n}`),
    phone: '13912345678',
  })

  test('starts per account in 24 hours, with when to try again; real time, not the demo clock', async () => {
    let now = Date.parse('2025-06-15T02:00:00Z')
    jest.spyOn(Date, 'now').mockImplementation(() => now)
    const token = await signIn(app, 'demo:new:many')
    for (let n = 0; n < 5; n++) {
      expect((await start(token, person(n))).status).toBe(201)
      now += 60_000
    }
    const refused = await start(token, person(5))
    expect(refused.status).toBe(429)
    expect(refused.body.error).toMatchObject({
      code: 'REALNAME_ATTEMPTS_EXCEEDED',
      details: { limit: 'ACCOUNT_DAILY', retryAfterSeconds: 24 * 3600 - 5 * 60 },
    })
    expect(refused.body.error.message).toMatch(/请在 23 小时 55 分钟后再试/)
    expect(refused.headers['retry-after']).toBe(String(24 * 3600 - 5 * 60))
    // A repeat of the open attempt is not a new start.
    expect((await start(token, person(4))).status).toBe(201)
    // Moving the demo clock a day on changes nothing: the limit runs on real time.
    await operator(app, 'PUT', '/clock', { now: '2025-06-17T02:00:00Z' })
    expect((await start(token, person(5))).status).toBe(429)
    now += 24 * 3600_000
    // A day later (and a new session: the old one has expired) it may start again.
    expect((await start(await signIn(app, 'demo:new:many'), person(5))).status).toBe(201)
  })

  test('starts per ID number in 24 hours, across accounts', async () => {
    const target = person(99)
    for (let n = 0; n < 5; n++)
      expect((await start(await signIn(app, `demo:new:id${n}`), target)).status).toBe(201)
    const refused = await start(await signIn(app, 'demo:new:id5'), target)
    expect(refused.status).toBe(429)
    expect(refused.body.error.details.limit).toBe('ID_NUMBER_DAILY')
    expect(refused.body.error.message).toMatch(CHINESE)
    expect(refused.body.error.message).toMatch(/后再试/)
  })

  test('one open verification per account: a new start ends the previous one', async () => {
    const token = await signIn(app, 'demo:new:one-open')
    const first = (await start(token, person(1))).body.data.verifyId
    const second = (await start(token, person(2))).body.data.verifyId
    expect(second).not.toBe(first)
    const old = await confirm(token, first, `dev-pass:${first}`)
    expect(old.status).toBe(410)
    expect(old.body.error).toMatchObject({
      code: 'VERIFICATION_EXPIRED',
      message: expect.stringMatching(/开始认证/),
    })
    expect((await confirm(token, second, `dev-pass:${second}`)).status).toBe(200)
  })

  test('at most 3 failed face checks per verify id, then it is closed', async () => {
    const token = await signIn(app, 'demo:new:guesser')
    const { verifyId } = (await start(token, person(7))).body.data
    const left = []
    for (let i = 0; i < 3; i++) {
      const failed = await confirm(token, verifyId, `dev-fail:${verifyId}`)
      expect(failed.body.error.code).toBe('FACE_VERIFICATION_FAILED')
      left.push(failed.body.error.details.attemptsLeft)
    }
    expect(left).toEqual([2, 1, 0])
    const closed = await confirm(token, verifyId, `dev-pass:${verifyId}`)
    expect(closed.status).toBe(410)
    expect(closed.body.error.message).toMatch(/3 次.*开始认证/)
    expect((await call(app, 'getProfile', { token })).body.data.realName.status).toBe('NONE')
    // Starting again with the same details is a new verification.
    const again = (await start(token, person(7))).body.data.verifyId
    expect(again).not.toBe(verifyId)
    expect((await confirm(token, again, `dev-pass:${again}`)).status).toBe(200)
  })
})
