/**
 * The compiled weapp build, run in miniprogram-simulate: signing in and showing the seeded holder's
 * certificates on 首页, the profile on 我的, with wx.request reaching the reference backend over HTTP.
 */
const { httpJson, createWx, launchApp, openPage, waitForText, startBackend, BACKEND } = require('./harness')

jest.setTimeout(60000)
let backend
let wx

async function holderView(holder) {
  const session = (await httpJson('POST', `${BACKEND}/v1/sessions`, { body: { code: `demo:${holder}` } }))
    .body
  const headers = { Authorization: `Bearer ${session.data.token}` }
  const [certificates, profile] = await Promise.all(
    ['/v1/certificates', '/v1/me'].map(async (p) => (await httpJson('GET', BACKEND + p, { headers })).body),
  )
  return { certificates: certificates.data, profile: profile.data }
}

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'valid' })
  wx = createWx()
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

test('首页 signs in with wx.login and shows the seeded holder’s certificates', async () => {
  const expected = await holderView('valid')
  const { component } = openPage('pages/index/index')
  for (const cert of expected.certificates) await waitForText(component, cert.number)
  const text = await waitForText(component, '有效期至')
  expect(text).toContain(expected.certificates[0].employer.name)
  expect(text).toContain('刷新证书')
  expect(wx.__calls.login).toBe(1)
  const signIns = wx.__calls.requests.filter((r) => r.url.endsWith('/v1/sessions'))
  expect(signIns).toHaveLength(1)
  // The session token is kept in storage; no full ID number is.
  const stored = JSON.stringify([...wx.__storage.entries()])
  expect(stored).toContain('anguan.session')
  expect(stored).not.toMatch(/\d{17}[\dX]/)
})

test('我的 shows the verified name, the masked ID number and the 聘用关系', async () => {
  const expected = await holderView('valid')
  const { component } = openPage('pages/mine/index')
  const text = await waitForText(component, expected.profile.realName.idNumberMasked)
  expect(text).toContain(expected.profile.realName.name)
  expect(text).toContain('已认证')
  await waitForText(component, '刷新聘用关系')
  expect(text).not.toMatch(/\d{17}[\dX]/)
})
