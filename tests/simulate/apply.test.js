/**
 * The compiled 延期复核 form and 办事详情 in miniprogram-simulate: the form renders with the
 * certificate preselected, submits once to the reference backend, and the detail shows the timeline.
 */
const { createWx, launchApp, openPage, text, waitForText, startBackend } = require('./harness')

jest.setTimeout(60000)
let backend
let wx

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'renewal-ready' })
  wx = createWx()
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

function tapByText(component, selector, words) {
  const target = component.querySelectorAll(selector).find((el) => el.dom.textContent.includes(words))
  if (!target) throw new Error(`no ${selector} with「${words}」; page text: ${text(component).slice(0, 300)}`)
  target.dispatchEvent('tap')
}

async function until(check, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

test('延期复核 renders, submits once, and 办事详情 shows the steps', async () => {
  const { component } = openPage('packages/apply/form/index', {
    type: 'RENEWAL',
    certificateId: 'cert-renewal-ready-c2',
  })
  await waitForText(component, '本人声明')
  expect(text(component)).toContain('皖建安C2')

  for (const box of component.querySelectorAll('.declaration')) box.dispatchEvent('tap')
  await waitForText(component, '✓')
  tapByText(component, '.nut-button', '下一步')
  await waitForText(component, '确认提交')
  tapByText(component, '.nut-button', '确认提交')
  tapByText(component, '.nut-button', '确认提交') // a second tap sends nothing more

  const created = await until(async () => {
    const list = (await backend.operator('GET', '/applications')).data
    const mine = list.filter((a) => a.holder === 'renewal-ready')
    return mine.length ? mine : null
  }, 'the application on the backend')
  expect(created).toHaveLength(1)
  const creates = wx.__calls.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/applications'))
  expect(creates).toHaveLength(1)

  const { application } = created[0]
  expect(application.type).toBe('RENEWAL')
  const detail = openPage('packages/work/detail/index', { id: application.id }).component
  const page = await waitForText(detail, '办理进度')
  expect(page).toContain('延期复核')
  expect(page).toContain(application.certificateNumber)
  expect(page).toContain('撤回申请')
})
