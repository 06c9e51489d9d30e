/**
 * The rest of the pages in the compiled weapp, each with its main interaction against the reference
 * backend: 办事 (list → detail), 办理说明 (its next step opens the form), the study-link web-view
 * (an allowed link is shown in the web-view, a refused one explained with 复制链接), and 常见问题
 * (search → an answer's button opens its place).
 */
const { createWx, launchApp, openPage, text, waitForText, startBackend } = require('./harness')

jest.setTimeout(60000)
let backend
let wx
const opened = []

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'open-app' })
  wx = createWx()
  // Record where the app navigates, as WeChat would open it.
  for (const name of ['navigateTo', 'redirectTo', 'switchTab']) {
    const original = wx[name]
    wx[name] = (opts) => {
      opened.push({ how: name, url: opts.url })
      return original(opts)
    }
  }
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

const lastOpened = () => opened.at(-1)?.url.replace(/[?&]__key_=\d+/, '')

function tapButton(component, words) {
  const target = component.querySelectorAll('.nut-button').find((el) => el.dom.textContent.includes(words))
  if (!target) throw new Error(`no button「${words}」; page text: ${text(component).slice(0, 300)}`)
  target.dispatchEvent('tap')
}

async function until(check, what, timeoutMs = 10000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

test('办事: the list shows the open renewal; a tap opens its 办事详情 with the steps', async () => {
  const list = openPage('pages/work/index').component
  await waitForText(list, '延期复核')
  expect(text(list)).toContain('办理中')
  list.querySelector('.application-row').dispatchEvent('tap')
  const url = await until(
    () => opened.find((o) => o.url.includes('/packages/work/detail/index'))?.url,
    'detail',
  )
  const id = /id=([^&]+)/.exec(url)[1]
  expect(id).toBe('app-open-renewal')
  const detail = openPage('packages/work/detail/index', { id }).component
  const page = await waitForText(detail, '办理进度')
  expect(page).toContain('等待市级主管部门审核')
  expect(page).toContain('市级审核')
})

test('办理说明 (强制调动): the steps, and its button opens 证书变更', async () => {
  const { component } = openPage('packages/apply/guide/index', { topic: 'FORCED_TRANSFER' })
  const page = await waitForText(component, '强制调动')
  expect(page).toContain('市级主管部门审批强制调动')
  tapButton(component, '去办理证书变更')
  await until(() => lastOpened()?.startsWith('/packages/apply/form/index?type=CHANGE_EMPLOYER'), 'the form')
})

test('study link: an allowed https link opens in the web-view; another host is refused with 复制链接', async () => {
  const allowed = 'https://study.ahjsjg.example.cn/course/renewal'
  const { component: shown, instance } = openPage('packages/work/webview/index', {
    url: encodeURIComponent(allowed),
  })
  await until(() => shown.dom.querySelector('wx-web-view'), 'the web-view')
  // The web-view's src lives in the page data WeChat renders from.
  expect(JSON.stringify(instance.data)).toContain(allowed)

  const refused = openPage('packages/work/webview/index', {
    url: encodeURIComponent('https://study.evil.example/steal'),
  }).component
  const page = await waitForText(refused, '复制链接')
  expect(page).toContain('study.evil.example')
  expect(refused.dom.querySelector('wx-web-view')).toBeNull()
})

test('常见问题: a search finds the answer, and its button opens the place that fixes it', async () => {
  const { component } = openPage('packages/help/faq/index')
  await waitForText(component, '搜索问题')
  component.querySelector('.faq-search__input').dispatchEvent('input', { detail: { value: '退回' } })
  await waitForText(component, /找到 \d+ 个相关问题/)
  expect(text(component)).toContain('申请被退回了怎么办')
  tapButton(component, '查看我的办事')
  await until(() => lastOpened() === '/pages/work/index', 'the 办事 tab')
  expect(opened.at(-1).how).toBe('switchTab')
})
