/**
 * Duties of a published mini-program, in the compiled weapp: 首页 and 常见问题 share a fixed title
 * and path (nothing personal); a private page hides the share menu; a new version WeChat has
 * downloaded is offered as a restart, and taken when the holder agrees.
 */
const { createWx, launchApp, openPage, waitForText, startBackend } = require('./harness')

jest.setTimeout(60000)
let backend
let wx
const modals = []

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'valid' })
  wx = createWx()
  const showModal = wx.showModal
  wx.showModal = (opts) => {
    modals.push({ title: opts.title, content: opts.content })
    return showModal(opts)
  }
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

test('首页 and 常见问题 share a fixed title and their own path, with nothing personal', async () => {
  for (const [route, path] of [
    ['pages/index/index', '/pages/index/index'],
    ['packages/help/faq/index', '/packages/help/faq/index'],
  ]) {
    const { component, instance } = openPage(route)
    await waitForText(component, /安管|常见问题|证书/)
    expect(typeof instance.onShareAppMessage).toBe('function')
    const share = instance.onShareAppMessage({ from: 'menu' })
    expect(share).toEqual({ title: expect.stringContaining('安管人员证书服务'), path })
    expect(JSON.stringify(share)).not.toMatch(/\d{6}|张建国|cert-|app-/)
  }
})

test('a private page hides the share menu when it shows', async () => {
  const before = wx.__calls.hideShareMenu ?? 0
  const { component } = openPage('packages/work/detail/index', { id: 'none' })
  await waitForText(component, /办事|没有找到|未找到/)
  expect(wx.__calls.hideShareMenu).toBeGreaterThan(before)
})

test('a downloaded new version is offered as a restart; agreeing restarts on it', async () => {
  expect(typeof wx.__updateManager.handlers.ready).toBe('function')
  wx.__updateManager.handlers.ready()
  await new Promise((r) => setTimeout(r, 50))
  expect(modals.at(-1)).toMatchObject({ title: '新版本已准备好' })
  expect(wx.__calls.applyUpdate).toBe(1)
})
