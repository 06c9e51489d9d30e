/**
 * The compiled 实名认证 and 证书详情 pages in miniprogram-simulate: they render, check what the
 * holder types, and show each business's verdict from the reference backend.
 */
const {
  createWx,
  launchApp,
  openPage,
  text,
  waitForText,
  startBackend,
  BACKEND,
  httpJson,
} = require('./harness')

jest.setTimeout(60000)
let backend
let wx

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'expired' })
  wx = createWx()
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

/** Taro's weapp inputs report typing through bindinput; simulate dispatches it with the value. */
function type(component, index, value) {
  const inputs = component.querySelectorAll('.realname__input')
  expect(inputs.length).toBeGreaterThan(index)
  inputs[index].dispatchEvent('input', { detail: { value } })
}

test('实名认证 renders its fields and refuses a bad checksum as the holder types', async () => {
  const { component } = openPage('packages/identity/realname/index')
  await waitForText(component, '身份证号')
  expect(text(component)).toContain('开始认证')
  // 34010419850612123 + a wrong check character.
  type(component, 1, '340104198506121230')
  await waitForText(component, /校验/)
  const requests = wx.__calls.requests.filter((r) => r.url.includes('/v1/realname'))
  expect(requests).toHaveLength(0)
})

test('证书详情 shows every field and why the expired certificate cannot be renewed', async () => {
  const session = (await httpJson('POST', `${BACKEND}/v1/sessions`, { body: { code: 'demo:expired' } })).body
  const headers = { Authorization: `Bearer ${session.data.token}` }
  const cert = (await httpJson('GET', `${BACKEND}/v1/certificates`, { headers })).body.data[0]
  const { component } = openPage('packages/certificate/detail/index', { id: cert.id })
  const page = await waitForText(component, cert.number)
  expect(page).toContain(cert.employer.name)
  expect(page).toContain('已过期')
  await waitForText(component, '暂不能办理')
  expect(text(component)).toMatch(/过期/)
  // Masked on screen: 3 first and 4 last characters, never the whole number.
  const masked = cert.idNumberMasked
  expect(page).toContain(masked)
  expect(text(component)).not.toMatch(new RegExp(`${masked.slice(0, 3)}\\d{11}${masked.slice(-4)}`))
})
