/**
 * The reference backend started as a careless deployment would start it, and probed from outside:
 * without the demo switch it signs nobody in; it will not start in production or on a public
 * address; the operator interface wants its token, the loopback interface and JSON; any other Host
 * is refused; only the H5 origins may read answers, without credentials; the state file is private.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { buildApp } from '../../../backend/app'
import { UNBOUND_PEOPLE } from '../../../backend/seed'
import { call, CHINESE, makeApp, OPERATOR_TOKEN, signIn, START } from '../backend/helpers'

const wuMin = UNBOUND_PEOPLE[0]
const apps: FastifyInstance[] = []
async function backend(options: Parameters<typeof buildApp>[0] = {}) {
  const app = await buildApp({ clock: START, ...options })
  apps.push(app)
  return app
}
afterEach(async () => {
  while (apps.length) await apps.pop()!.close()
})

describe('without the demo switch (as a deployment would start it)', () => {
  test('no login code signs anyone in: not demo codes, not the default holder', async () => {
    const app = await backend()
    for (const code of ['demo:valid', 'demo:new:attacker', '0a3Xkd000abcdEFgh1234']) {
      const res = await call(app, 'createSession', { body: { code } })
      expect(res.status).toBe(503)
      expect(res.body.error.message).toMatch(CHINESE)
    }
  })

  test('the development face pass and phone codes are refused', async () => {
    // A session and a verification made while the switch was on, on the same state file.
    const dir = mkdtempSync(join(tmpdir(), 'state-'))
    try {
      const stateFile = join(dir, 'state.json')
      const demo = await makeApp({ stateFile })
      const token = await signIn(demo, 'demo:new:x')
      const started = await call(demo, 'startRealName', {
        token,
        body: { name: wuMin.name, idNumber: wuMin.idNumber, phone: wuMin.phone },
      })
      await demo.close()

      const app = await backend({ stateFile })
      const { verifyId } = started.body.data
      const face = await call(app, 'confirmRealName', {
        token,
        params: { verifyId },
        body: { verifyResult: `dev-pass:${verifyId}` },
      })
      expect(face.status).toBe(503)
      expect(face.body.error.message).toMatch(CHINESE)
      const phone = await call(app, 'startRealName', {
        token,
        body: { name: wuMin.name, idNumber: wuMin.idNumber, phoneCode: 'demo-phone:13912345678' },
      })
      expect(phone.status).toBe(422)
      expect(phone.body.error.fields).toEqual([
        { field: 'phone', message: expect.stringMatching(/手动输入/) },
      ])
      expect((await call(app, 'getProfile', { token })).body.data.realName.status).toBe('NONE')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('starting the process', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync('node_modules/.bin/tsx', ['backend/main.ts', '--port', '1', ...args], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      timeout: 30_000,
    })

  test('refuses NODE_ENV=production, saying why', () => {
    const res = run(['--demo'], { NODE_ENV: 'production' })
    expect(res.status).toBe(1)
    expect(res.stderr).toMatch(/NODE_ENV=production/)
    expect(res.stderr).toMatch(/拒绝启动/)
  }, 40_000)

  test('refuses a public address without an explicit --demo, saying why', () => {
    const res = run(['--host', '0.0.0.0'], { NODE_ENV: '' })
    expect(res.status).toBe(1)
    expect(res.stderr).toMatch(/0\.0\.0\.0/)
    expect(res.stderr).toMatch(/--demo/)
  }, 40_000)
})

describe('the operator interface', () => {
  const inject = (app: FastifyInstance, o: InjectOptions) => app.inject(o)

  test('answers only with the token', async () => {
    const app = await makeApp()
    for (const headers of [
      {},
      { 'x-operator-token': 'guess' },
      { authorization: `Bearer ${OPERATOR_TOKEN}` },
    ]) {
      const res = await inject(app, { url: '/__operator/state', headers })
      expect(res.statusCode).toBe(401)
      expect(res.json().error.message).toMatch(/X-Operator-Token/)
      expect(res.body).not.toMatch(/\d{17}[\dX]/)
    }
    const reset = await inject(app, {
      method: 'POST',
      url: '/__operator/reset',
      headers: { 'content-type': 'application/json' },
    })
    expect(reset.statusCode).toBe(401)
    const ok = await inject(app, {
      url: '/__operator/state',
      headers: { 'x-operator-token': OPERATOR_TOKEN },
    })
    expect(ok.statusCode).toBe(200)
  })

  test('does not exist off the loopback interface or through a proxy', async () => {
    const app = await makeApp()
    const auth = { 'x-operator-token': OPERATOR_TOKEN }
    const remote = await inject(app, { url: '/__operator/state', headers: auth, remoteAddress: '192.0.2.10' })
    expect(remote.statusCode).toBe(404)
    const proxied = await inject(app, {
      url: '/__operator/state',
      headers: { ...auth, 'x-forwarded-for': '192.0.2.10' },
    })
    expect(proxied.statusCode).toBe(404)
  })

  test('takes JSON writes only (a page cannot post a form or text/plain)', async () => {
    const app = await makeApp()
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await inject(app, {
        method: 'POST',
        url: '/__operator/faults',
        headers: { 'x-operator-token': OPERATOR_TOKEN, ...(type ? { 'content-type': type } : {}) },
        payload: type ? '{"route":"getProfile","status":500}' : undefined,
      })
      expect(res.statusCode).toBe(415)
      expect(res.json().error.message).toMatch(/JSON/)
    }
    const faults = await inject(app, {
      url: '/__operator/faults',
      headers: { 'x-operator-token': OPERATOR_TOKEN },
    })
    expect(faults.json().data).toEqual([])
  })

  test('sends no CORS headers, not even to the H5 origins', async () => {
    const app = await makeApp()
    const origin = 'http://127.0.0.1:10086'
    const read = await inject(app, {
      url: '/__operator/state',
      headers: { origin, 'x-operator-token': OPERATOR_TOKEN },
    })
    expect(read.headers['access-control-allow-origin']).toBeUndefined()
    const preflight = await inject(app, {
      method: 'OPTIONS',
      url: '/__operator/reset',
      headers: { origin, 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400)
  })
})

describe('Host', () => {
  test('a name that is not configured is refused on every route (DNS rebinding)', async () => {
    const app = await makeApp()
    for (const url of ['/v1/config', '/__operator/state', '/v1/nothing-here']) {
      const res = await app.inject({
        url,
        headers: { host: 'rebind.attacker.example:8787', 'x-operator-token': OPERATOR_TOKEN },
      })
      expect(res.statusCode).toBe(421)
      expect(res.json().error.message).toMatch(CHINESE)
    }
    for (const host of ['127.0.0.1:8787', 'localhost:8787', 'LOCALHOST']) {
      expect((await app.inject({ url: '/v1/config', headers: { host } })).statusCode).toBe(200)
    }
  })

  test('the configured names are answered', async () => {
    const app = await makeApp({ allowedHosts: ['api.example.cn'] })
    expect((await app.inject({ url: '/v1/config', headers: { host: 'api.example.cn' } })).statusCode).toBe(
      200,
    )
    expect((await app.inject({ url: '/v1/config', headers: { host: 'localhost' } })).statusCode).toBe(421)
  })
})

describe('CORS', () => {
  test('only the H5 dev and test servers may read answers, and never with credentials', async () => {
    const app = await makeApp()
    for (const origin of ['http://127.0.0.1:10086', 'http://localhost:10086', 'http://127.0.0.1:10087']) {
      const res = await app.inject({ url: '/v1/config', headers: { origin } })
      expect(res.headers['access-control-allow-origin']).toBe(origin)
      expect(res.headers['access-control-allow-credentials']).toBeUndefined()
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/me/photo',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,upload-id',
        },
      })
      expect(preflight.statusCode).toBe(204)
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined()
    }
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:10086.evil.example']) {
      const res = await app.inject({ url: '/v1/config', headers: { origin } })
      expect(res.headers['access-control-allow-origin']).toBeUndefined()
      expect(res.headers['access-control-allow-credentials']).toBeUndefined()
    }
  })
})

describe('the state file', () => {
  test('is readable by its owner only and written only when something changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'))
    try {
      const stateFile = join(dir, 'state.json')
      require('node:fs').writeFileSync(stateFile, '{"version":0}', { mode: 0o644 })
      const app = await makeApp({ stateFile })
      expect(statSync(stateFile).mode & 0o777).toBe(0o600)
      const token = await signIn(app, 'valid')
      const written = statSync(stateFile)
      expect(written.mode & 0o777).toBe(0o600)
      // Reads and refused requests change nothing, so the file is not written again.
      await call(app, 'getProfile', { token })
      await call(app, 'listCertificates', { token })
      await call(app, 'startRealName', { token, body: { name: 'x', idNumber: '1', phone: '2' } })
      await call(app, 'withdrawApplication', { token, params: { applicationId: 'app-none' } })
      expect(statSync(stateFile).ino).toBe(written.ino)
      expect(statSync(stateFile).mtimeMs).toBe(written.mtimeMs)
      // A change is written, again 0600.
      await signIn(app, 'expired')
      expect(statSync(stateFile).ino).not.toBe(written.ino)
      expect(statSync(stateFile).mode & 0o777).toBe(0o600)
      expect(JSON.parse(readFileSync(stateFile, 'utf8')).tokens).toHaveLength(2)
      await app.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
