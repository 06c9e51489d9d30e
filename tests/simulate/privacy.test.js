/**
 * WeChat's privacy consent in the compiled weapp: the app's own sheet comes before the first privacy
 * API call (证件照: no wx.chooseMedia until the holder agrees), 不同意 leaves a page that says what
 * cannot be done, the agree button is WeChat's own (open-type agreePrivacyAuthorization, id matched),
 * and when WeChat intercepts a call itself (wx.onNeedPrivacyAuthorization, driven here by the test)
 * the same sheet answers it.
 */
const { createWx, launchApp, openPage, text, waitForText, startBackend } = require('./harness')
const { createMedia, portraitJpeg, writeTemp } = require('./media')

jest.setTimeout(60000)
let backend
let wx
let media
const privacy = { needAuthorization: true, listener: null, contractOpened: 0 }

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'valid' })
  wx = createWx()
  media = createMedia({ chooseFile: () => writeTemp(portraitJpeg()) })
  Object.assign(wx, media.api, {
    getPrivacySetting: (opts) =>
      opts.success({
        needAuthorization: privacy.needAuthorization,
        privacyContractName: '《用户隐私保护指引》',
      }),
    onNeedPrivacyAuthorization: (listener) => (privacy.listener = listener),
    openPrivacyContract: (opts) => {
      privacy.contractOpened += 1
      opts.success()
    },
  })
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

function tapButton(component, words) {
  const target = component.querySelectorAll('.nut-button').find((el) => el.dom.textContent.includes(words))
  if (!target) throw new Error(`no button「${words}」; page text: ${text(component).slice(0, 300)}`)
  target.dispatchEvent('tap')
}

/** WeChat records the consent and fires the button's agreeprivacyauthorization event. */
function agree(component) {
  const button = component.querySelector('.privacy-sheet__agree')
  if (!button) throw new Error(`no agree button; page text: ${text(component).slice(0, 300)}`)
  privacy.needAuthorization = false
  button.dispatchEvent('agreeprivacyauthorization')
}

test('证件照: the sheet comes first, 不同意 explains, 同意 opens the uploader; no photo API before', async () => {
  const { component } = openPage('packages/identity/photo/index')
  const sheet = await waitForText(component, '用户隐私保护提示')
  expect(sheet).toContain('证件照')
  expect(sheet).toContain('手机号')
  expect(sheet).toContain('人脸信息')
  const buttons = () => component.querySelectorAll('.nut-button').map((b) => b.dom.textContent)
  expect(buttons()).not.toContain('从相册选择')

  component.querySelector('.privacy-sheet__link').dispatchEvent('tap')
  await new Promise((r) => setTimeout(r, 50))
  expect(privacy.contractOpened).toBe(1)

  tapButton(component, '不同意')
  await waitForText(component, '未同意《用户隐私保护指引》')
  expect(text(component)).toContain('不能选择或拍摄证件照')
  expect(media.calls.chooseMedia).toHaveLength(0)

  tapButton(component, '重新查看并同意')
  await waitForText(component, '用户隐私保护提示')
  agree(component)
  await waitForText(component, '照片要求')
  expect(buttons()).toContain('从相册选择')
  expect(text(component)).not.toContain('用户隐私保护提示')
})

test('a call WeChat intercepts (onNeedPrivacyAuthorization) is answered by the same sheet', async () => {
  expect(typeof privacy.listener).toBe('function')
  const { component } = openPage('packages/work/detail/index', { id: 'nothing-here' })
  await waitForText(component, /办事|没有找到|未找到/)
  privacy.needAuthorization = true
  const answers = []
  privacy.listener((answer) => answers.push(answer), { referrer: 'setClipboardData' })
  await waitForText(component, '用户隐私保护提示')
  expect(answers).toEqual([{ event: 'exposureAuthorization' }])
  agree(component)
  await new Promise((r) => setTimeout(r, 50))
  expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'privacy-agree' }])
})
