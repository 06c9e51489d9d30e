/**
 * Requests an attacker (or a busy proxy) sends: sign-ins from behind the deployment's reverse
 * proxy, a flood from one account, a stream of new addresses, a token kept after 退出登录, the demo
 * clock moved back, an upload carrying extra parts, ID numbers and photo addresses in URLs that end
 * up in the log, and a study link crafted to leave the allowed host.
 */
import { PassThrough } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { RateLimiter } from '../../../backend/auth'
import {
  call,
  CHINESE,
  makeApp,
  multipart,
  OPERATOR_TOKEN,
  operator,
  portraitJpeg,
  signIn,
} from '../backend/helpers'

const apps: FastifyInstance[] = []
async function backend(options: Parameters<typeof makeApp>[0] = {}) {
  const app = await makeApp(options)
  apps.push(app)
  return app
}
afterEach(async () => {
  jest.restoreAllMocks()
  while (apps.length) await apps.pop()!.close()
})

const session = (app: FastifyInstance, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/v1/sessions',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ code: 'demo:valid' }),
    remoteAddress,
  })

describe('rate limits behind a proxy', () => {
  test('with the proxy configured, one client behind it cannot lock the others out', async () => {
    const app = await backend({ trustProxy: ['127.0.0.1'], rateLimit: { sessionsPerWindow: 3 } })
    for (let i = 0; i < 3; i++)
      expect((await session(app, { 'x-forwarded-for': '198.51.100.7' })).statusCode).toBe(201)
    const limited = await session(app, { 'x-forwarded-for': '198.51.100.7' })
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.message).toMatch(/秒后再试/)
    expect((await session(app, { 'x-forwarded-for': '198.51.100.8' })).statusCode).toBe(201)
  })

  test('without it, a made-up X-Forwarded-For does not buy more sign-ins', async () => {
    const app = await backend({ rateLimit: { sessionsPerWindow: 3 } })
    for (let i = 0; i < 3; i++)
      expect((await session(app, { 'x-forwarded-for': `203.0.113.${i}` })).statusCode).toBe(201)
    expect((await session(app, { 'x-forwarded-for': '203.0.113.99' })).statusCode).toBe(429)
  })

  test('only the address the trusted proxy saw counts, not what the client wrote before it', async () => {
    const app = await backend({ trustProxy: ['127.0.0.1'], rateLimit: { sessionsPerWindow: 2 } })
    const spoofed = (n: number) => ({ 'x-forwarded-for': `10.9.9.${n}, 198.51.100.20` })
    expect((await session(app, spoofed(1))).statusCode).toBe(201)
    expect((await session(app, spoofed(2))).statusCode).toBe(201)
    expect((await session(app, spoofed(3))).statusCode).toBe(429)
  })
})

describe('per account once signed in', () => {
  test('a flood from one account is limited with Retry-After; other accounts carry on', async () => {
    const app = await backend({ rateLimit: { requestsPerAccount: 5 } })
    const flooding = await signIn(app, 'valid')
    const other = await signIn(app, 'expired')
    for (let i = 0; i < 5; i++) expect((await call(app, 'getProfile', { token: flooding })).status).toBe(200)
    const limited = await call(app, 'getProfile', { token: flooding })
    expect(limited.status).toBe(429)
    expect(limited.body.error).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(CHINESE),
    })
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    // A fresh sign-in is the same account: still limited.
    expect((await call(app, 'getProfile', { token: await signIn(app, 'valid') })).status).toBe(429)
    expect((await call(app, 'getProfile', { token: other })).status).toBe(200)
  })
})

test('windows that have ended are dropped: new addresses do not grow the table forever', () => {
  let now = 1_000_000
  jest.spyOn(Date, 'now').mockImplementation(() => now)
  const limiter = new RateLimiter(10, 60_000)
  for (let i = 0; i < 5000; i++) limiter.hit(`198.51.100.${i}`)
  expect(limiter.size).toBe(5000)
  now += 60_000
  limiter.hit('203.0.113.1')
  expect(limiter.size).toBe(1)
  // Live windows stay.
  limiter.hit('203.0.113.2')
  now += 30_000
  limiter.hit('203.0.113.3')
  expect(limiter.size).toBe(3)
})

describe('退出登录 and expiry', () => {
  test('DELETE /v1/sessions/current ends the token at once; other sessions stay', async () => {
    const app = await backend()
    const leaving = await signIn(app, 'valid')
    const otherPhone = await signIn(app, 'valid')
    const out = await call(app, 'deleteSession', { token: leaving })
    expect(out.status).toBe(200)
    expect(out.body.data).toBeNull()
    expect((await call(app, 'getProfile', { token: leaving })).status).toBe(401)
    expect((await call(app, 'deleteSession', { token: leaving })).status).toBe(401)
    expect((await call(app, 'getProfile', { token: otherPhone })).status).toBe(200)
  })

  test('a token expires in real time: moving the demo clock back does not revive it', async () => {
    let now = Date.parse('2025-06-15T02:00:00Z')
    jest.spyOn(Date, 'now').mockImplementation(() => now)
    const app = await backend()
    const created = await call(app, 'createSession', { body: { code: 'demo:valid' } })
    const token = created.body.data.token
    expect(Date.parse(created.body.data.expiresAt)).toBe(now + 2 * 3600_000)
    now += 2 * 3600_000 + 1000
    expect((await call(app, 'getProfile', { token })).status).toBe(401)
    await operator(app, 'PUT', '/clock', { now: '2025-06-14T02:00:00Z' })
    expect((await call(app, 'getProfile', { token })).status).toBe(401)
  })

  test('and moving the demo clock forward does not end it', async () => {
    const app = await backend()
    const token = await signIn(app, 'valid')
    await operator(app, 'PUT', '/clock', { now: '2030-01-01T00:00:00Z' })
    expect((await call(app, 'getProfile', { token })).status).toBe(200)
  })
})

describe('photo upload: the one photo part, nothing else', () => {
  const boundary = '----securityBoundary9xQ'
  const part = (headers: string, body: Buffer | string) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
      Buffer.from(body),
      Buffer.from('\r\n'),
    ])
  const send = (app: FastifyInstance, token: string, parts: Buffer[]) =>
    call(app, 'uploadPhoto', {
      token,
      payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'upload-id': 'upload-sec-1' },
    })
  const photoPart = () =>
    part(
      'Content-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg',
      portraitJpeg(),
    )

  test('extra fields are refused: a small one after or before the photo, and 5 × 1 MB unread', async () => {
    const app = await backend()
    const token = await signIn(app, 'expiring')
    const note = part('Content-Disposition: form-data; name="note"', 'hi')
    for (const parts of [
      [photoPart(), note],
      [note, photoPart()],
    ]) {
      const res = await send(app, token, parts)
      expect(res.status).toBe(422)
      expect(res.body.error.fields[0]).toMatchObject({
        field: 'file',
        message: expect.stringMatching(CHINESE),
      })
    }
    const big = 'x'.repeat(1024 * 1024)
    const padded = Array.from({ length: 5 }, (_, i) =>
      part(`Content-Disposition: form-data; name="pad${i}"`, big),
    )
    const res = await send(app, token, [photoPart(), ...padded])
    expect(res.status).toBe(413)
    expect(res.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(CHINESE),
    })
    expect((await call(app, 'getProfile', { token })).body.data.photo).toEqual({ status: 'NONE' })
  })

  test('a second file or a 100 KB part header is refused; the plain upload works', async () => {
    const app = await backend()
    const token = await signIn(app, 'expiring')
    expect((await send(app, token, [photoPart(), photoPart()])).status).toBe(422)
    const padded = part(
      `Content-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\nX-Pad: ${'y'.repeat(100 * 1024)}`,
      portraitJpeg(),
    )
    expect((await send(app, token, [padded])).status).toBe(413)
    expect((await send(app, token, [photoPart()])).status).toBe(201)
  })

  test('a stored photo is served with nosniff', async () => {
    const app = await backend()
    const token = await signIn(app, 'expiring')
    const { payload, contentType } = multipart(portraitJpeg())
    const uploaded = await call(app, 'uploadPhoto', {
      token,
      payload,
      headers: { 'content-type': contentType, 'upload-id': 'upload-sec-2' },
    })
    const photoId = uploaded.body.data.url.split('/').pop()
    const served = await call(app, 'getPhoto', { params: { photoId } })
    expect(served.status).toBe(200)
    expect(served.headers['x-content-type-options']).toBe('nosniff')
  })
})

describe('the log', () => {
  const ID = '340502199002030422'
  const percent = (s: string) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')
  const fullWidth = (s: string) => [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')

  test('masks any 17 digits and a check character however written, and no photo address', async () => {
    const lines: string[] = []
    const stream = new PassThrough()
    stream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')))
    const app = await backend({ logger: true, logStream: stream })
    const token = await signIn(app, 'expiring')
    const urls = [
      `/v1/applications/app${ID}x`,
      `/v1/applications/${ID.slice(0, 17)}Xy`,
      `/v1/applications/${percent(ID)}`,
      `/v1/applications/${percent(percent(ID))}`,
      `/v1/applications/${ID.slice(0, 6)}${percent(ID.slice(6))}`,
      `/v1/applications/${encodeURIComponent(fullWidth(ID))}`,
      `/v1/nothing/${ID}9`,
      `/v1/certificates?note=id${ID}end`,
    ]
    for (const url of urls) await app.inject({ url, headers: { authorization: `Bearer ${token}` } })
    const { payload, contentType } = multipart(portraitJpeg())
    const uploaded = await call(app, 'uploadPhoto', {
      token,
      payload,
      headers: { 'content-type': contentType, 'upload-id': 'upload-sec-3' },
    })
    const url: string = uploaded.body.data.url
    const photoId = url
      .split('/')
      .pop()!
      .replace(/\.jpg$/, '')
    await app.inject({ url })
    await app.inject({ url: url.replace('.jpg', 'x.jpg') })
    await new Promise((r) => setImmediate(r))

    const log = lines.join('')
    expect(log.length).toBeGreaterThan(0)
    // Read the log the way a person could: every escape undone, full-width digits made plain.
    let plain = log
    for (let i = 0; i < 4; i++)
      plain = plain.replace(/%([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    plain = plain.replace(/[\uff10-\uff19\uff38]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    expect(plain).not.toContain(ID)
    expect(plain).not.toContain(ID.slice(3, 14))
    expect(plain).not.toContain(photoId)
    expect(plain).not.toContain(photoId.slice(2, 20))
    expect(log).not.toContain(token)
    expect(log).not.toContain(OPERATOR_TOKEN)
  })
})

describe('publishing a study link', () => {
  async function renewalAtStudy(app: FastifyInstance) {
    const token = await signIn(app, 'renewal-ready')
    const cert = (await call(app, 'listCertificates', { token })).body.data[0]
    const created = await call(app, 'createApplication', {
      token,
      headers: { 'idempotency-key': 'study-sec-0001' },
      body: {
        type: 'RENEWAL',
        certificateId: cert.id,
        fields: { noAccidentPenalty: true, noBadConductRecord: true },
      },
    })
    const id = created.body.data.id
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'POST', `/applications/${id}/advance`)
    return id
  }

  test('a link that would leave the allowed host is refused with the reason; a plain one is stored normalised', async () => {
    const app = await backend()
    const id = await renewalAtStudy(app)
    for (const url of [
      'https://study.ahjsjg.example.cn:@evil.example/',
      'https://study.ahjsjg.example.cn\\@evil.example/',
      'https://study.ahjsjg.example.cn.evil.example/',
      'http://study.ahjsjg.example.cn/course',
      'https://evil.example/course',
    ]) {
      const res = await operator(app, 'PUT', `/applications/${id}/study`, {
        url,
        hoursRequired: 24,
        hoursDone: 0,
      })
      expect([url, res.status]).toEqual([url, 422])
      expect(res.body.error).toMatchObject({
        fields: [{ field: 'url', message: expect.stringMatching(CHINESE) }],
      })
    }
    const ok = await operator(app, 'PUT', `/applications/${id}/study`, {
      url: 'HTTPS://Study.ahjsjg.example.cn:443/course/2026',
      hoursRequired: 24,
      hoursDone: 0,
    })
    expect(ok.status).toBe(200)
    expect(ok.body.data.application.study.url).toBe('https://study.ahjsjg.example.cn/course/2026')
  })
})
