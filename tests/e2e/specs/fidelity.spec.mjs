// The requests as holders live them (Anhui's guide), driven by visible labels in the H5 build
// against the reference backend, each checking the backend's record: transfer out and cancellation
// after leaving the employer, a sent-back application corrected and resubmitted, an 信息变更 applied,
// 强制调动, 跨省转入 checked against the national record, and the 跨省变更批准证明.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { button, pickDate, pickFirst, startEnvironment } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => {
  await env.operator('POST', '/reset')
  await env.operator('DELETE', '/faults')
})

const formRoute = (type, certificateId) =>
  `/packages/apply/form/index?type=${type}${certificateId ? `&certificateId=${certificateId}` : ''}`
const detailRoute = (id) => `/packages/work/detail/index?id=${id}`

const applicationsOf = async (holder) =>
  (await env.operator('GET', '/applications')).filter((a) => a.holder === holder).map((a) => a.application)

async function advanceUntil(id, done) {
  for (let i = 0; i < 10; i++) {
    const { application } = await env.operator('POST', `/applications/${id}/advance`)
    if (done(application)) return application
  }
  throw new Error(`application ${id} did not get there`)
}

/** The form on screen (an earlier form may stay hidden in the page stack). */
async function submitFromForm(page) {
  await page.getByTestId('apply-next').filter({ visible: true }).click()
  await page.getByTestId('apply-summary').waitFor({ timeout: 20_000 })
  await page.getByTestId('apply-submit').filter({ visible: true }).click()
  await page.getByTestId('next-action').waitFor({ timeout: 20_000 })
}

test("a holder who has left files 跨省转出 to the certificate's enterprise, and 证书变更 to Nanjing is pointed to it", async () => {
  const { context, page, errors } = await env.openApp('left', '/pages/mine/index')
  try {
    // 我的 → 聘用关系: now employed in Nanjing; the note does not send them to 证书变更.
    await button(page, '刷新聘用关系').click({ timeout: 20_000 })
    const note = page.getByTestId('employment-mismatch').first()
    await note.waitFor({ timeout: 20_000 })
    assert.match(await note.textContent(), /跨省转出/)
    assert.doesNotMatch(await note.textContent(), /请办理「证书变更」/)

    await page.goto(`${env.appUrl}/#${formRoute('CHANGE_EMPLOYER', 'cert-left-c2')}`)
    const refusal = page
      .locator('[data-testid="verdict-reason"][data-code="EMPLOYER_OUT_OF_PROVINCE"]')
      .first()
    await refusal.waitFor({ timeout: 20_000 })
    assert.match(await refusal.textContent(), /跨省转出/)
    assert.match(await refusal.textContent(), /改为申请跨省转出/)
    await refusal.getByTestId('fix-apply').click()

    await page.getByTestId('filing-enterprise').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('filing-enterprise').textContent(), /合肥演示城建工程有限公司/)
    await pickFirst(page, 'field-targetProvince')
    await env.screenshot(page, 'fidelity-transfer-out-left')
    await submitFromForm(page)
    assert.match(await page.getByTestId('filing-employer').textContent(), /合肥演示城建工程有限公司/)
    const [app] = await applicationsOf('left')
    assert.equal(app.type, 'TRANSFER_OUT')
    assert.equal(app.filingEmployer.name, '合肥演示城建工程有限公司')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test("a holder who has left can file 证书注销; it goes to the certificate's enterprise", async () => {
  const { context, page } = await env.openApp('left', formRoute('CANCELLATION', 'cert-left-c2'))
  try {
    const reason = page.getByTestId('field-reason').locator('textarea')
    await reason.waitFor({ timeout: 20_000 })
    await reason.fill('已于今年离职，今后不再从事安全生产管理工作')
    assert.match(await page.getByTestId('filing-enterprise').textContent(), /合肥演示城建工程有限公司/)
    await submitFromForm(page)
    const [app] = await applicationsOf('left')
    assert.equal(app.type, 'CANCELLATION')
    assert.equal(app.filingEmployer.name, '合肥演示城建工程有限公司')
  } finally {
    await context.close()
  }
})

test('退回, corrected and resubmitted: the same application goes back to the step that sent it back', async () => {
  const { context, page, errors } = await env.openApp('sent-back', detailRoute('app-sent-back'))
  try {
    await page.getByText('退回原因：注销原因请写明离职或退休的时间').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('fields-to-correct').textContent(), /注销原因/)
    await button(page, '修改后重新提交').click()

    await page.getByTestId('resubmit-reason').waitFor({ timeout: 20_000 })
    const reason = page.getByTestId('field-reason').locator('textarea')
    assert.equal(await reason.inputValue(), '离职', 'the form holds what was sent')
    await page.getByTestId('field-flag-reason').waitFor()
    await reason.fill('本人已于2025年3月离职，今后不再从事安全生产管理工作')
    await env.screenshot(page, 'fidelity-resubmit-form')
    await page.getByTestId('apply-next').click()
    await page.getByTestId('apply-summary').waitFor({ timeout: 20_000 })
    await button(page, '确认重新提交').click()

    await page.getByText('等待证书上的企业').waitFor({ timeout: 20_000 })
    await page.getByTestId('application-history').getByText('修改后重新提交').waitFor()
    await env.screenshot(page, 'fidelity-resubmitted')
    const apps = await applicationsOf('sent-back')
    assert.equal(apps.length, 1, 'one record')
    assert.equal(apps[0].id, 'app-sent-back', 'the same application')
    assert.equal(apps[0].status, 'IN_PROGRESS')
    assert.equal(apps[0].fields.reason, '本人已于2025年3月离职，今后不再从事安全生产管理工作')
    assert.equal(apps[0].steps.find((s) => s.state === 'CURRENT').label, '企业同意')
    assert.deepEqual(
      apps[0].history.map((e) => e.kind),
      ['SUBMITTED', 'SENT_BACK', 'RESUBMITTED'],
    )
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('退回: the other path, 撤回 the sent-back application', async () => {
  const { context, page } = await env.openApp('sent-back', detailRoute('app-sent-back'))
  try {
    await button(page, '撤回申请').click({ timeout: 20_000 })
    await page.getByText('确认撤回', { exact: true }).click()
    await page.getByText('已撤回。如仍需办理，可重新申报').waitFor({ timeout: 20_000 })
    await button(page, '重新申报').waitFor()
    const [app] = await applicationsOf('sent-back')
    assert.equal(app.status, 'WITHDRAWN')
  } finally {
    await context.close()
  }
})

test('信息变更 at 办结: 证书详情 shows the new 职务, the photo and a 变更记录 naming the request', async () => {
  await advanceUntil('app-info-change', (a) => a.status === 'COMPLETED')
  const { context, page } = await env.openApp('info-change', detailRoute('app-info-change'))
  try {
    await page.getByText('已办结，证书信息已更新').waitFor({ timeout: 20_000 })
    await button(page, '查看证书').click()
    const changes = page.getByTestId('certificate-changes')
    await changes.waitFor({ timeout: 20_000 })
    assert.match(await changes.textContent(), /职务：专职安全员 → 安全部经理/)
    assert.match(await changes.textContent(), /信息变更办结/)
    assert.match(await page.getByTestId('certificate-fields').textContent(), /安全部经理/)
    await page.getByTestId('certificate-photo').waitFor()
    await env.screenshot(page, 'fidelity-change-log')
  } finally {
    await context.close()
  }
  const state = await env.operator('GET', '/state')
  const cert = state.certificates.find((c) => c.id === 'cert-infochange-c3')
  assert.equal(cert.position, '安全部经理')
  assert.ok(cert.photoId)
  assert.equal(cert.changes[0].applicationId, 'app-info-change')
})

test('强制调动: the timeline says 「市级主管部门审批强制调动」, never that the old employer confirmed', async () => {
  const { context, page } = await env.openApp('mismatch', '/pages/mine/index')
  let id
  try {
    await button(page, '刷新聘用关系').click({ timeout: 20_000 })
    await page.getByTestId('employment-mismatch').first().waitFor({ timeout: 20_000 })
    await page.goto(`${env.appUrl}/#${formRoute('CHANGE_EMPLOYER', 'cert-mismatch-a')}`)
    await page.getByTestId('field-newEmployer').waitFor({ timeout: 20_000 })
    await submitFromForm(page)
    ;[{ id }] = await applicationsOf('mismatch')
    await env.operator('POST', `/applications/${id}/advance`)
    await env.operator('POST', `/applications/${id}/force-transfer`, { cause: 'DEREGISTERED' })
    await page.reload()
    await page.getByText('市级主管部门审批强制调动').first().waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('next-action').textContent(), /强制调动/)
    assert.equal(await page.getByText('原企业确认').count(), 0)
    await env.screenshot(page, 'fidelity-forced-transfer')
  } finally {
    await context.close()
  }
  const [app] = await applicationsOf('mismatch')
  assert.deepEqual(
    app.steps.map((s) => s.label),
    ['本人登记', '接收企业提交', '接收企业申请强制调动（原企业已注销）', '市级主管部门审批强制调动'],
  )
})

test("跨省转入: a typed 有效期至 that is not the national record is explained with the platform's date, then corrected", async () => {
  const { context, page } = await env.openApp('transfer-in', formRoute('TRANSFER_IN'))
  try {
    const input = page.getByTestId('field-sourceNumber').locator('input')
    await input.waitFor({ timeout: 20_000 })
    await input.fill('苏建安C2(2022)0034567')
    await input.blur()
    await pickFirst(page, 'field-validUntil')
    await page.getByTestId('apply-next').click()
    const error = page.getByTestId('field-error-validUntil')
    await error.waitFor({ timeout: 20_000 })
    const recorded = /有效期至为(\d{4}-\d{2}-\d{2})/.exec(await error.textContent())?.[1]
    assert.ok(recorded, await error.textContent())
    assert.equal(await page.getByTestId('apply-summary').count(), 0)
    await env.screenshot(page, 'fidelity-transfer-in-mismatch')
    await pickDate(page, 'field-validUntil', recorded)
    await submitFromForm(page)
    const [app] = await applicationsOf('transfer-in')
    assert.equal(app.fields.validUntil, recorded)
    const national = (await env.operator('GET', '/state')).national.find(
      (n) => n.number === app.certificateNumber,
    )
    assert.equal(national.validUntil, recorded)
  } finally {
    await context.close()
  }
})

test('跨省转出 办结: the whole path in words, and the 跨省变更批准证明 opens as a PDF', async () => {
  const { context, page } = await env.openApp('left', formRoute('TRANSFER_OUT', 'cert-left-c2'))
  try {
    await pickFirst(page, 'field-targetProvince')
    await submitFromForm(page)
    const [{ id }] = await applicationsOf('left')
    await advanceUntil(id, (a) => a.status === 'COMPLETED')
    await page.reload()
    const next = page.getByTestId('next-action')
    await next.getByText('已办结').waitFor({ timeout: 20_000 })
    assert.match(await next.textContent(), /下载并打印「跨省变更批准证明」.*盖章.*转入省份/)
    const downloading = page.waitForEvent('download')
    await button(page, '查看跨省变更批准证明').click()
    const download = await downloading
    const file = join(mkdtempSync(join(tmpdir(), 'approval-')), 'approval.pdf')
    await download.saveAs(file)
    await page.getByText('已下载').waitFor({ timeout: 20_000 })
    await env.screenshot(page, 'fidelity-approval')
    const text = spawnSync(process.execPath, ['tests/support/pdf-text.mjs', file], {
      encoding: 'utf8',
    }).stdout
    assert.match(text, /跨省变更批准证明/)
    assert.match(text, /蒋文/)
    assert.match(text, /皖建安C2（2016）0085678/)
    assert.match(text, /340\*{11}\d{3}[\dX]/)
    assert.doesNotMatch(text, /\d{17}[\dX]/)
  } finally {
    await context.close()
  }
})

test('咨询电话 from 我的 and from a refusal, each entry marked 示例', async () => {
  const { context, page } = await env.openApp('expired', formRoute('RENEWAL', 'cert-expired-c2'))
  try {
    const link = page.getByTestId('contact-link').first()
    await link.waitFor({ timeout: 20_000 })
    await link.click()
    const contacts = page.getByTestId('contacts')
    await contacts.waitFor({ timeout: 20_000 })
    assert.ok((await contacts.getByTestId('contact').count()) > 0)
    assert.match(await contacts.textContent(), /示例/)
    await page.goto(`${env.appUrl}/#/pages/mine/index`)
    await page.getByTestId('open-contacts').click({ timeout: 20_000 })
    await page
      .getByTestId('contacts')
      .filter({ visible: true })
      .getByTestId('contact')
      .first()
      .waitFor({ timeout: 20_000 })
    await env.screenshot(page, 'fidelity-contacts')
  } finally {
    await context.close()
  }
})
