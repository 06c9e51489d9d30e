// Starts the reference backend and a static server for the H5 build, and opens Chromium pages.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { readFile, mkdir, writeFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { chromium } from 'playwright-core'

export const BACKEND = 'http://127.0.0.1:8788'
/** The H5 test build is served here: the backend's CORS allow-list names this origin. */
export const H5_PORT = 10087
const H5_DIR = 'dist/test/h5'
export const SHOTS = 'tests/e2e/output'
/** The test backend's operator token (it answers /__operator only with it). */
const OPERATOR_TOKEN = `e2e-${randomBytes(18).toString('base64url')}`

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}

async function waitFor(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not come up`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

function serveStatic(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    const file = join(dir, path === '/' ? 'index.html' : path)
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end(await readFile(join(dir, 'index.html')))
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(H5_PORT, '127.0.0.1', () => resolve(server))
  })
}

export async function startEnvironment() {
  const backend = spawn('node_modules/.bin/tsx', ['backend/main.ts', '--demo', '--port', '8788'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', OPERATOR_TOKEN },
  })
  const backendLog = []
  backend.stdout.on('data', (d) => backendLog.push(String(d)))
  backend.stderr.on('data', (d) => backendLog.push(String(d)))
  try {
    await waitFor(`${BACKEND}/v1/config`)
  } catch (err) {
    backend.kill('SIGTERM')
    throw new Error(`${err.message}; reference backend output:\n${backendLog.join('')}`)
  }
  const server = await serveStatic(H5_DIR)
  const appUrl = `http://127.0.0.1:${server.address().port}`
  await mkdir(SHOTS, { recursive: true })

  async function operator(method, path, body) {
    const res = await fetch(`${BACKEND}/__operator${path}`, {
      method,
      // The operator interface takes its token, and JSON for every write (a body or not).
      headers: {
        'X-Operator-Token': OPERATOR_TOKEN,
        ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`operator ${method} ${path} -> ${res.status} ${text}`)
    // The operator API answers in the same envelope as the contract: hand back its data.
    return text ? JSON.parse(text).data : null
  }

  /**
   * A fresh phone: its own profile dir, signed in as a demo holder. It has agreed to the privacy
   * guide before (as a holder who has used the app), unless `privacyConsent: false`.
   */
  async function openApp(holder, route = '/pages/index/index', { privacyConsent = true } = {}) {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'e2e-')), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    })
    await context.addInitScript((code) => {
      if (!window.localStorage.getItem('anguan.demoLogin'))
        window.localStorage.setItem('anguan.demoLogin', code)
    }, `demo:${holder}`)
    if (privacyConsent) {
      await context.addInitScript(() => {
        // As Taro's storage keeps it: the value wrapped in { data }.
        if (!window.localStorage.getItem('anguan.privacyConsent'))
          window.localStorage.setItem('anguan.privacyConsent', JSON.stringify({ data: 'v1' }))
      })
    }
    const page = context.pages()[0] ?? (await context.newPage())
    const errors = []
    page.on('pageerror', (err) => errors.push(err))
    await page.goto(`${appUrl}/#${route}`)
    return { context, page, errors }
  }

  async function screenshot(page, name) {
    await page.screenshot({ path: join(SHOTS, `${name}.png`) })
  }

  async function stop() {
    server.close()
    backend.kill('SIGTERM')
    if (process.env.E2E_BACKEND_LOG) await writeFile(join(SHOTS, 'backend.log'), backendLog.join(''))
  }

  return { appUrl, operator, openApp, screenshot, stop }
}

/** A button by its words. NutUI's button host takes the pointer events, not the text inside it. */
export function button(page, text) {
  return page.locator('taro-button-core').filter({ hasText: text }).first()
}

/** Taro's H5 picker: open it from its field and confirm the highlighted value. */
export async function pickFirst(page, testId) {
  await page.getByTestId(testId).click()
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
}

/** A date picker turned to `date` and confirmed, as the holder scrolling its columns would. */
export async function pickDate(page, testId, date) {
  await page.getByTestId(testId).evaluate((el, value) => {
    el.closest('taro-picker-core').value = value
  }, date)
  await pickFirst(page, testId)
}

/** Files a renewal for a demo holder straight through the API, as the holder's phone would. */
export async function fileRenewal(holder) {
  const post = (path, body, headers = {}) =>
    fetch(`${BACKEND}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }).then((r) => r.json())
  const session = await post('/v1/sessions', { code: `demo:${holder}` })
  const auth = { Authorization: `Bearer ${session.data.token}` }
  const certs = await fetch(`${BACKEND}/v1/certificates`, { headers: auth }).then((r) => r.json())
  const created = await post(
    '/v1/applications',
    {
      type: 'RENEWAL',
      certificateId: certs.data[0].id,
      fields: { noAccidentPenalty: true, noBadConductRecord: true },
    },
    { ...auth, 'Idempotency-Key': `e2e-${holder}-${Date.now()}` },
  )
  if (!created.data?.id) throw new Error(`renewal not filed: ${JSON.stringify(created)}`)
  return created.data
}
