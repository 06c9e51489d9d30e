/**
 * 出示证书 in the compiled weapp (miniprogram-simulate): the certificate in large type with its QR
 * code drawn as Views, the screen brightened and kept on through WeChat's APIs while the page is in
 * front and put back as it was when the page is hidden or closed; a certificate the back office has
 * cancelled shows 已注销 across the view.
 */
const path = require('node:path')
const simulate = require('miniprogram-simulate')
const { createWx, launchApp, text, waitForText, startBackend, ROOT } = require('./harness')

jest.setTimeout(60000)
let backend
let wx
/** The phone's screen as WeChat's screen APIs see it. */
const screen = { brightness: 0.35, keepOn: false, calls: [] }

function answer(opts, res) {
  const full = { errMsg: 'ok', ...res }
  opts && opts.success && opts.success(full)
  opts && opts.complete && opts.complete(full)
}

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'valid' })
  wx = createWx()
  Object.assign(wx, {
    getScreenBrightness: (opts) => answer(opts, { value: screen.brightness }),
    setScreenBrightness: (opts) => {
      screen.calls.push(`brightness ${opts.value}`)
      screen.brightness = opts.value
      answer(opts)
    },
    setKeepScreenOn: (opts) => {
      screen.calls.push(`keepOn ${opts.keepScreenOn}`)
      screen.keepOn = opts.keepScreenOn
      answer(opts)
    },
  })
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

/**
 * Opens a compiled page like the harness does, loading each page file once per test file so the
 * same page can be opened again (simulate registers a definition only once).
 */
const loaded = new Map()
function openPage(route, query) {
  if (!loaded.has(route)) loaded.set(route, simulate.load(path.join(ROOT, route), { rootPath: ROOT }))
  const component = simulate.render(loaded.get(route))
  const parent = document.createElement('parent-wrapper')
  document.body.appendChild(parent)
  const instance = component.instance
  instance.route = route
  instance.options = query
  global.getCurrentPages().push(instance)
  component.attach(parent)
  instance.onLoad(query)
  instance.onShow()
  instance.onReady && instance.onReady()
  return { component, instance }
}

async function until(check, what, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; screen calls: ${screen.calls.join(', ')}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

test('出示证书 shows the certificate and its QR code, brightens the screen while in front and restores it', async () => {
  const { component, instance } = openPage('packages/certificate/show/index', { id: 'cert-valid-c3' })
  const page = await waitForText(component, '皖建安C3（2017）0012345')
  expect(page).toContain('张建国')
  expect(page).toContain('C3类 专职安全生产管理人员（综合类）')
  expect(page).toContain('有效')
  expect(page).toContain('出示时间')
  expect(page).not.toContain('不能作为有效证书使用')
  expect(page).not.toMatch(/\d{17}[\dX]|340\*{11}/)
  // The QR code: the three finder patterns alone are 3 × 3 blocks; a whole version-4 code is hundreds.
  expect(component.querySelectorAll('.qr-code__block').length).toBeGreaterThan(60)
  const link = wx.__calls.requests.find((r) =>
    r.url.endsWith('/v1/certificates/cert-valid-c3/verification-link'),
  )
  expect(link).toBeDefined()

  await until(() => screen.brightness === 1 && screen.keepOn, 'full brightness, kept on')
  // Hidden (the home button, another app): as it was.
  instance.onHide()
  await until(() => screen.brightness === 0.35 && !screen.keepOn, 'brightness restored')
  instance.onShow()
  await until(() => screen.brightness === 1 && screen.keepOn, 'bright again when shown again')
  // Closed: as it was, once.
  instance.onUnload()
  await until(() => screen.brightness === 0.35 && !screen.keepOn, 'restored on leaving')
  expect(screen.calls).toEqual([
    'keepOn true',
    'brightness 1',
    'keepOn false',
    'brightness 0.35',
    'keepOn true',
    'brightness 1',
    'keepOn false',
    'brightness 0.35',
  ])
})

test('a certificate the back office has cancelled shows 已注销 across the view', async () => {
  await backend.operator('PUT', '/certificates/cert-valid-c3/status', { recordStatus: 'CANCELLED' })
  const { component, instance } = openPage('packages/certificate/show/index', { id: 'cert-valid-c3' })
  await waitForText(component, '证书已注销，不能作为有效证书使用')
  expect(text(component)).toContain('已注销')
  expect(component.querySelectorAll('.show__status--void').length).toBe(1)
  expect(component.querySelectorAll('.show__status--good').length).toBe(0)
  instance.onUnload()
})
