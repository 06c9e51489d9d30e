/**
 * What a screen asks for, and when: 首页's data goes out in one round trip after sign-in, a holder
 * not yet verified sees an empty list rather than an error, and 退出登录 forgets every holder store.
 */
import { configureHttp } from '../../../src/services/http'
import { useSession } from '../../../src/data/session/store'
import { useProfile } from '../../../src/data/profile/store'
import { useCertificates } from '../../../src/data/certificates/store'
import { useEmployment } from '../../../src/data/employment/store'
import { useReminders } from '../../../src/data/reminders/store'
import { loadHome, loadMine } from '../../../src/data/loaders/screens'
import { HOLDER_DATA, signOut } from '../../../src/data/signOut'

type Call = { url: string; answer(res: unknown): void }
const calls: Call[] = []
const storage = new Map<string, string>()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    request: (opts: { url: string }) =>
      new Promise((resolve) =>
        calls.push({ url: opts.url.replace('http://backend.test', ''), answer: resolve }),
      ),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: string) => storage.set(k, v),
    removeStorageSync: (k: string) => storage.delete(k),
  },
}))

const meta = { serverTime: '2026-11-23T00:00:00Z' }
const ok = (data: unknown) => ({ statusCode: 200, data: JSON.stringify({ data, meta }), header: {} })
const refused = (code: string) => ({
  statusCode: 403,
  data: JSON.stringify({ error: { code, message: '请先完成实名认证，再办理业务' }, meta }),
  header: {},
})
const flush = () => new Promise((r) => setTimeout(r, 0))

const CERTIFICATE = { id: 'c1', number: '皖建安C2（2022）0000001' }
const PROFILE = { realName: { status: 'VERIFIED', name: '张三' }, photo: { status: 'NONE' } }

beforeEach(() => {
  calls.length = 0
  configureHttp({ baseUrl: 'http://backend.test', backoffBaseMs: 1, backoffMaxMs: 2, retries: 0 })
  useSession.setState({ status: 'signedIn', token: 'good', expiresAt: '2099-01-01T00:00:00Z', error: null })
  for (const item of HOLDER_DATA) item.forget()
})

test('首页 asks for configuration, profile and certificates at once, not one after another', async () => {
  const loading = loadHome()
  await flush()
  expect(calls.map((c) => c.url).sort()).toEqual(['/v1/certificates', '/v1/config', '/v1/me'])
  for (const call of calls)
    call.answer(ok(call.url === '/v1/certificates' ? [CERTIFICATE] : call.url === '/v1/me' ? PROFILE : {}))
  await loading
  expect(useCertificates.getState().certificates).toMatchObject({ status: 'ready', data: [CERTIFICATE] })
  expect(useProfile.getState().profile.data).toEqual(PROFILE)
})

test('before 实名认证 the certificates, 聘用关系 and reminders are empty, not an error on 我的', async () => {
  const loading = loadMine()
  await flush()
  expect(calls).toHaveLength(4)
  for (const call of calls)
    call.answer(
      call.url === '/v1/me' ? ok({ ...PROFILE, realName: { status: 'NONE' } }) : refused('REALNAME_REQUIRED'),
    )
  await loading
  expect(useCertificates.getState().certificates).toMatchObject({ status: 'ready', data: [], error: null })
  expect(useEmployment.getState().employment).toMatchObject({ status: 'ready', data: null, error: null })
  expect(useReminders.getState().reminders).toMatchObject({ status: 'ready', data: null, error: null })
})

test('退出登录 forgets every holder store, and an answer still on its way never reaches the next holder', async () => {
  const loading = loadMine()
  await flush()
  const late = calls.find((c) => c.url === '/v1/certificates')
  for (const call of calls) if (call !== late) call.answer(ok(call.url === '/v1/me' ? PROFILE : null))
  signOut()
  late?.answer(ok([CERTIFICATE]))
  await loading
  expect(useProfile.getState().profile).toMatchObject({ status: 'idle', data: null })
  expect(useCertificates.getState().certificates).toMatchObject({ status: 'idle', data: [] })
})
