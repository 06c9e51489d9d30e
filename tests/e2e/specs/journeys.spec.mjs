// One journey per remaining application type driven to 办结 through the operator API, and the
// refusals a holder meets (R3, R4, R6, R7), in the H5 build against the reference backend.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { button, fileRenewal, pickDate, pickFirst, startEnvironment } from '../harness.mjs'

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

const applicationsOf = async (holder) =>
  (await env.operator('GET', '/applications')).filter((a) => a.holder === holder).map((a) => a.application)

/** Every step acted on by the enterprise and the authorities until the application is finished. */
async function driveToCompletion(id) {
  for (let i = 0; i < 10; i++) {
    const { application } = await env.operator('POST', `/applications/${id}/advance`)
    if (application.status === 'COMPLETED') return application
  }
  throw new Error(`application ${id} did not complete`)
}

async function submitFromForm(page, holder) {
  await page.getByTestId('apply-next').click()
  await page.getByTestId('apply-summary').waitFor({ timeout: 20_000 })
  await page.getByTestId('apply-submit').click()
  await page.getByTestId('next-action').waitFor({ timeout: 20_000 })
  const apps = await applicationsOf(holder)
  assert.equal(apps.length, 1, 'exactly one application on the backend')
  return apps[0]
}

async function homeCardText(holder, match) {
  const { context, page } = await env.openApp(holder)
  try {
    const card = page.getByTestId('certificate-card').filter({ hasText: match }).first()
    await card.waitFor({ timeout: 20_000 })
    await env.screenshot(page, `journey-${holder}-home`)
    return await card.textContent()
  } finally {
    await context.close()
  }
}

test('跨省转入 of a certificate marked 办理转出: submitted, 办结, and the certificate appears on 首页', async () => {
  const { context, page, errors } = await env.openApp('transfer-in', formRoute('TRANSFER_IN'))
  try {
    const input = page.getByTestId('field-sourceNumber').locator('input')
    await input.waitFor({ timeout: 20_000 })
    await input.fill('苏建安C2(2022)0034567')
    await input.blur()
    // The 有效期至 printed on the original certificate: the national platform's record.
    const { national } = await env.operator('GET', '/state')
    const recorded = national.find((n) => n.number === '苏建安C2（2022）0034567').validUntil
    await pickDate(page, 'field-validUntil', recorded)
    await env.screenshot(page, 'journey-transfer-in-form')
    const app = await submitFromForm(page, 'transfer-in')
    assert.equal(app.type, 'TRANSFER_IN')
    assert.deepEqual(errors, [])
    await driveToCompletion(app.id)
  } finally {
    await context.close()
  }
  const text = await homeCardText('transfer-in', '皖建安C2')
  assert.match(text, /有效/)
})

test('跨省转入 of a certificate not marked 办理转出 is refused before submit (R7)', async () => {
  const { context, page } = await env.openApp('transfer-in', formRoute('TRANSFER_IN'))
  try {
    const input = page.getByTestId('field-sourceNumber').locator('input')
    await input.waitFor({ timeout: 20_000 })
    await input.fill('浙建安C3（2023）0045678')
    await input.blur()
    await pickFirst(page, 'field-validUntil')
    await page.getByTestId('apply-next').click()
    await page.locator('[data-testid="verdict-reason"][data-rule="R7"]').first().waitFor({ timeout: 20_000 })
    assert.equal(await page.getByTestId('apply-summary').count(), 0)
    assert.equal((await applicationsOf('transfer-in')).length, 0)
    await env.screenshot(page, 'journey-transfer-in-refused')
  } finally {
    await context.close()
  }
})

test('跨省转出: submitted, 办结, and 首页 shows the certificate as 已转出', async () => {
  const { context, page } = await env.openApp('valid', formRoute('TRANSFER_OUT', 'cert-valid-c3'))
  try {
    await page.getByTestId('apply-form').waitFor({ timeout: 20_000 })
    await pickFirst(page, 'field-targetProvince')
    const app = await submitFromForm(page, 'valid')
    assert.equal(app.type, 'TRANSFER_OUT')
    await driveToCompletion(app.id)
  } finally {
    await context.close()
  }
  const text = await homeCardText('valid', '皖建安C3')
  assert.match(text, /已转出/)
})

test('证书注销: a reason, submitted, 办结, and 首页 shows the certificate as 已注销', async () => {
  const { context, page } = await env.openApp('valid', formRoute('CANCELLATION', 'cert-valid-c3'))
  try {
    const reason = page.getByTestId('field-reason').locator('textarea')
    await reason.waitFor({ timeout: 20_000 })
    await reason.fill('已退休，不再从事安全生产管理工作')
    const app = await submitFromForm(page, 'valid')
    assert.equal(app.type, 'CANCELLATION')
    await driveToCompletion(app.id)
  } finally {
    await context.close()
  }
  const text = await homeCardText('valid', '皖建安C3')
  assert.match(text, /已注销/)
})

test('「刷新聘用关系」 tapped while 我的 is still reading (slow network) goes ahead, and its answer stays', async () => {
  // The page's own read of 聘用关系 takes 4 s; the holder taps 刷新 meanwhile.
  const slowRead = await env.operator('POST', '/faults', {
    route: 'getEmployment',
    phase: 'after',
    holder: 'mismatch',
    latencyMs: 4000,
  })
  const { context, page, errors } = await env.openApp('mismatch', '/pages/mine/index')
  try {
    const refresh = button(page, '刷新聘用关系')
    await refresh.waitFor({ timeout: 20_000 })
    // The read has been answered on the backend (the old record) and is on its way.
    for (let hits = 0, until = Date.now() + 20_000; hits === 0;) {
      assert.ok(Date.now() < until, '我的 read its 聘用关系')
      await page.waitForTimeout(100)
      hits = (await env.operator('GET', '/faults')).find((f) => f.id === slowRead.id)?.hits ?? 0
    }
    await refresh.click()
    await page.getByTestId('employment-mismatch').first().waitFor({ timeout: 20_000 })
    // The slow read answers later with the record from before the refresh: it must not replace it.
    await page.waitForTimeout(5000)
    assert.ok(
      (await page.getByTestId('employment-mismatch').count()) > 0,
      'the refreshed 聘用关系 is still shown',
    )
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('证书变更 after refreshing 聘用关系: 办结, and 首页 shows the new 聘用企业', async () => {
  const mine = await env.openApp('mismatch', '/pages/mine/index')
  let newEmployer
  try {
    await button(mine.page, '刷新聘用关系').waitFor({ timeout: 20_000 })
    await button(mine.page, '刷新聘用关系').click()
    await mine.page.getByTestId('employment-mismatch').first().waitFor({ timeout: 20_000 })
  } finally {
    await mine.context.close()
  }
  const { context, page } = await env.openApp('mismatch', formRoute('CHANGE_EMPLOYER', 'cert-mismatch-a'))
  try {
    await page.getByTestId('field-newEmployer').waitFor({ timeout: 20_000 })
    newEmployer = (await page.getByTestId('field-newEmployer').textContent()).trim()
    assert.ok(newEmployer && !newEmployer.includes('未查询到'), newEmployer)
    const app = await submitFromForm(page, 'mismatch')
    assert.equal(app.type, 'CHANGE_EMPLOYER')
    await driveToCompletion(app.id)
  } finally {
    await context.close()
  }
  const text = await homeCardText('mismatch', '皖建安A')
  assert.ok(text.includes(newEmployer), `${text} names ${newEmployer}`)
})

for (const [label, holder, type, certificateId, rule] of [
  ['延期复核 before the window opens', 'valid', 'RENEWAL', 'cert-valid-c3', 'R4'],
  ['延期复核 after expiry', 'expired', 'RENEWAL', 'cert-expired-c2', 'R4'],
  ['延期复核 with a mismatched employer', 'mismatch', 'RENEWAL', 'cert-mismatch-a', 'R3'],
  [
    '延期复核 of a B certificate without a 建造师 registration',
    'b-no-constructor',
    'RENEWAL',
    'cert-bnc-b',
    'R6',
  ],
]) {
  test(`${label} is refused with its reason and fix (${rule})`, async () => {
    const { context, page } = await env.openApp(holder, formRoute(type, certificateId))
    try {
      if (rule === 'R3') {
        // The mismatch shows once 聘用关系 is refreshed from the market-supervision record.
        await page.goto(`${env.appUrl}/#/pages/mine/index`)
        await button(page, '刷新聘用关系').click({ timeout: 20_000 })
        await page.getByTestId('employment-mismatch').first().waitFor({ timeout: 20_000 })
        await page.goto(`${env.appUrl}/#${formRoute(type, certificateId)}`)
      }
      await page.getByTestId('decl-noAccidentPenalty').click({ timeout: 20_000 })
      await page.getByTestId('decl-noBadConductRecord').click()
      await page.getByTestId('apply-next').click()
      const reason = page.locator(`[data-testid="verdict-reason"][data-rule="${rule}"]`).first()
      await reason.waitFor({ timeout: 20_000 })
      assert.match(await reason.textContent(), /[\u4e00-\u9fa5]/)
      assert.equal(await page.getByTestId('apply-summary').count(), 0)
      assert.equal((await applicationsOf(holder)).length, 0, 'nothing was filed')
      await env.screenshot(page, `journey-refused-${rule}-${holder}`)
    } finally {
      await context.close()
    }
  })
}

test('退回 with a reason shows on the timeline; the holder then withdraws', async () => {
  const { id } = await fileRenewal('renewal-ready')
  await env.operator('POST', `/applications/${id}/advance`)
  await env.operator('POST', `/applications/${id}/send-back`, { reason: '照片不清晰，请重新上传蓝底证件照' })

  const { context, page } = await env.openApp('renewal-ready', `/packages/work/detail/index?id=${id}`)
  try {
    await page.getByText('退回原因：照片不清晰，请重新上传蓝底证件照').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('next-action').textContent(), /申请被退回/)
    await env.screenshot(page, 'journey-sent-back')
    await button(page, '撤回申请').click()
    await page.getByText('确认撤回', { exact: true }).click()
    await page.getByText('已撤回。如仍需办理，可重新申报').waitFor({ timeout: 20_000 })
    const [app] = await applicationsOf('renewal-ready')
    assert.equal(app.status, 'WITHDRAWN')
  } finally {
    await context.close()
  }
})
