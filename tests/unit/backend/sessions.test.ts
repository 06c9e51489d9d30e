import type { FastifyInstance } from 'fastify'
import { DEMO_HOLDERS } from '../../../backend/seed'
import { call, CHINESE, makeApp, operator, signIn } from './helpers'

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(() => app.close())

describe('sign-in', () => {
  test.each(DEMO_HOLDERS.map((h) => [h.key, h.name]))('demo:%s signs in as %s', async (key, name) => {
    const res = await call(app, 'createSession', { body: { code: `demo:${key}` } })
    expect(res.status).toBe(201)
    expect(res.body.data.token).toEqual(expect.any(String))
    expect(Date.parse(res.body.data.expiresAt)).toBeGreaterThan(Date.parse(res.body.meta.serverTime))
    const me = await call(app, 'getProfile', { token: res.body.data.token })
    expect(me.body.data.realName).toMatchObject({ status: 'VERIFIED', name })
  })

  test('any other code signs in as the configured default holder', async () => {
    const token = await signIn(app, 'demo:valid')
    const viaWeChat = await call(app, 'createSession', { body: { code: '0a3Xkd000abcdEFgh1234' } })
    const me = await call(app, 'getProfile', { token: viaWeChat.body.data.token })
    const valid = await call(app, 'getProfile', { token })
    expect(me.body.data.realName.name).toBe(valid.body.data.realName.name)

    await operator(app, 'PUT', '/login-default', { holder: 'expired' })
    const again = await call(app, 'createSession', { body: { code: 'another-wechat-code' } })
    const expired = await call(app, 'getProfile', { token: again.body.data.token })
    expect(expired.body.data.realName.name).toBe('王芳')
  })

  test('demo:new: is a fresh unverified user, the same one on the next sign-in', async () => {
    const first = await signIn(app, 'demo:new:phone-1')
    const me = await call(app, 'getProfile', { token: first })
    expect(me.body.data).toEqual({
      realName: { status: 'NONE' },
      photo: { status: 'NONE' },
      constructorRegistrations: [],
    })
    const second = await signIn(app, 'demo:new:phone-1')
    expect(second).not.toBe(first)
    const state = await operator<{ users: Array<{ loginKey: string }> }>(app, 'GET', '/state')
    expect(state.body.data.users.filter((u) => u.loginKey === 'demo:new:phone-1')).toHaveLength(1)
  })

  test('an unknown demo holder and an empty code are field errors in Chinese', async () => {
    const unknown = await call(app, 'createSession', { body: { code: 'demo:nobody' } })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.fields[0]).toMatchObject({
      field: 'code',
      message: expect.stringMatching(CHINESE),
    })
    const empty = await call(app, 'createSession', { body: { code: '' } })
    expect(empty.status).toBe(422)
    expect(empty.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'code', message: '请填写登录凭证' }],
    })
  })

  test('sign-in is rate limited per client address, with Retry-After', async () => {
    const limited = await makeApp({ rateLimit: { sessionsPerWindow: 3, windowMs: 60_000 } })
    try {
      for (let i = 0; i < 3; i++)
        expect((await call(limited, 'createSession', { body: { code: 'demo:valid' } })).status).toBe(201)
      const res = await call(limited, 'createSession', { body: { code: 'demo:valid' } })
      expect(res.status).toBe(429)
      expect(res.body.error.code).toBe('RATE_LIMITED')
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    } finally {
      await limited.close()
    }
  })
})

describe('401 UNAUTHENTICATED', () => {
  test('without a token, with a made-up token, with a malformed header', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer not-a-real-token-123' },
      { authorization: 'Basic abc' },
    ]
    for (const headers of cases) {
      const res = await call(app, 'getProfile', { headers })
      expect(res.status).toBe(401)
      expect(res.body.error.code).toBe('UNAUTHENTICATED')
      expect(res.body.error.message).toMatch(CHINESE)
    }
  })

  test('tokens expired by the operator answer 401; other holders are untouched', async () => {
    const valid = await signIn(app, 'valid')
    const expired = await signIn(app, 'expired')
    const res = await operator(app, 'POST', '/tokens/expire', { holder: 'valid' })
    expect(res.body.data.expired).toBe(1)
    expect((await call(app, 'getProfile', { token: valid })).status).toBe(401)
    expect((await call(app, 'getProfile', { token: expired })).status).toBe(200)
    await operator(app, 'POST', '/tokens/expire', {})
    expect((await call(app, 'getProfile', { token: expired })).status).toBe(401)
    // A new sign-in works at once.
    expect((await call(app, 'getProfile', { token: await signIn(app, 'valid') })).status).toBe(200)
  })

  test('a fault scoped to one holder leaves everyone else alone, sign-in included', async () => {
    const valid = await signIn(app, 'valid')
    const expired = await signIn(app, 'expired')
    await operator(app, 'POST', '/faults', { route: 'getProfile', status: 503, holder: 'valid' })
    await operator(app, 'POST', '/faults', { route: 'createSession', status: 502, holder: 'new:x' })
    expect((await call(app, 'getProfile', { token: valid })).status).toBe(503)
    expect((await call(app, 'getProfile', { token: expired })).status).toBe(200)
    expect((await call(app, 'createSession', { body: { code: 'demo:new:x' } })).status).toBe(502)
    expect((await call(app, 'createSession', { body: { code: 'demo:new:y' } })).status).toBe(201)
    // An expired token still names its holder: the fault applies, not a 401.
    await operator(app, 'POST', '/tokens/expire', { holder: 'valid' })
    expect((await call(app, 'getProfile', { token: valid })).status).toBe(503)
    // Lifting one fault leaves the other in place.
    const faults = (await operator(app, 'GET', '/faults')).body.data
    const profileFault = faults.find((f: { route: string }) => f.route === 'getProfile')
    expect((await operator(app, 'DELETE', `/faults/${profileFault.id}`)).body.data).toEqual({ removed: true })
    expect((await call(app, 'getProfile', { token: await signIn(app, 'valid') })).status).toBe(200)
    expect((await call(app, 'createSession', { body: { code: 'demo:new:x' } })).status).toBe(502)
  })

  test('a session ends when real time passes expiresAt (the demo clock does not count)', async () => {
    const session = await call(app, 'createSession', { body: { code: 'demo:valid' } })
    const later = new Date(Date.parse(session.body.data.expiresAt) + 1000).toISOString()
    await operator(app, 'PUT', '/clock', { now: later })
    expect((await call(app, 'getProfile', { token: session.body.data.token })).status).toBe(200)
    const expiry = Date.parse(session.body.data.expiresAt)
    const now = jest.spyOn(Date, 'now').mockImplementation(() => expiry + 1000)
    try {
      expect((await call(app, 'getProfile', { token: session.body.data.token })).status).toBe(401)
    } finally {
      now.mockRestore()
    }
  })

  test('the two public operations need no token', async () => {
    const config = await call(app, 'getConfig')
    expect(config.status).toBe(200)
    expect(config.body.data).toMatchObject({
      renewalWindowMonths: 3,
      transferInWarnDays: 90,
      photo: { width: 358, height: 441, maxBytes: 51200, hueMin: 185, hueMax: 230 },
      studyLinkHosts: ['study.ahjsjg.example.cn'],
    })
    // 咨询电话: the reference backend's entries are marked as examples.
    expect(config.body.data.contacts.length).toBeGreaterThan(0)
    for (const c of config.body.data.contacts)
      expect(c).toMatchObject({ sample: true, phone: expect.any(String) })
  })
})

test('study link hosts are configurable', async () => {
  const custom = await makeApp({ studyLinkHosts: ['learn.example.org'] })
  try {
    expect((await call(custom, 'getConfig')).body.data.studyLinkHosts).toEqual(['learn.example.org'])
  } finally {
    await custom.close()
  }
})
