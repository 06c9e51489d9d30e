/**
 * 修改后重新提交 in the compiled weapp: 办事详情 of a sent-back 证书注销 shows the reviewer's reason
 * and the field it concerns; the form opens filled with what was sent; the corrected reason is
 * resubmitted once, and the backend keeps one record, the same application, back at 企业同意.
 */
const { createWx, launchApp, openPage, text, waitForText, startBackend } = require('./harness')

jest.setTimeout(60000)
let backend
let wx

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'sent-back' })
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

test('退回 → 修改后重新提交 → the same application back at the step that sent it back', async () => {
  const detail = openPage('packages/work/detail/index', { id: 'app-sent-back' }).component
  const page = await waitForText(detail, '退回原因')
  expect(page).toContain('需修改：注销原因')
  expect(page).toContain('修改后重新提交')

  const { component } = openPage('packages/apply/form/index', {
    type: 'CANCELLATION',
    resubmit: 'app-sent-back',
  })
  await waitForText(component, '退回原因（企业同意）')
  expect(text(component)).toContain('退回原因涉及此项')
  // Filled with what was sent: the summary shows the original reason before anything is typed.
  tapByText(component, '.nut-button', '下一步')
  await waitForText(component, '提交后的办理流程')
  expect(text(component)).toMatch(/注销原因\s*离职/)
  tapByText(component, '.nut-button', '返回修改')
  await waitForText(component, '退回原因涉及此项')
  const reason = component.querySelector('.apply__textarea')
  reason.dispatchEvent('input', { detail: { value: '本人已于2025年3月离职，今后不再从事安全生产管理工作' } })
  tapByText(component, '.nut-button', '下一步')
  await waitForText(component, /注销原因\s*本人已于2025年3月离职/)
  tapByText(component, '.nut-button', '确认重新提交')
  tapByText(component, '.nut-button', '确认重新提交') // a second tap sends nothing more

  const resubmitted = await until(async () => {
    const list = (await backend.operator('GET', '/applications')).data
    const mine = list.filter((a) => a.holder === 'sent-back')
    return mine.length === 1 && mine[0].application.status === 'IN_PROGRESS' ? mine : null
  }, 'the resubmitted application on the backend')
  const { application } = resubmitted[0]
  expect(application.id).toBe('app-sent-back')
  expect(application.fields.reason).toBe('本人已于2025年3月离职，今后不再从事安全生产管理工作')
  expect(application.steps.find((s) => s.state === 'CURRENT').label).toBe('企业同意')
  expect(application.history.map((e) => e.kind)).toEqual(['SUBMITTED', 'SENT_BACK', 'RESUBMITTED'])
  const sent = wx.__calls.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/resubmit'))
  expect(sent).toHaveLength(1)
})
