// The five application forms in the H5 build: verdict before submit, summary, submit; the backend's
// refusal with its fix; drafts that survive a reload; one application however often the holder taps.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { startEnvironment } from '../harness.mjs'
import { validIdNumber } from '../ids.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => {
  await env.operator('POST', '/reset')
  await env.operator('DELETE', '/faults')
})

const FORM = '/packages/apply/form/index'
const formRoute = (type, certificateId) =>
  `${FORM}?type=${type}${certificateId ? `&certificateId=${encodeURIComponent(certificateId)}` : ''}`

const applicationsOf = async (holder) =>
  (await env.operator('GET', '/applications')).filter((a) => a.holder === holder).map((a) => a.application)

const certificateRecord = async (id) =>
  (await env.operator('GET', '/state')).certificates.find((c) => c.id === id)

/** Ticks both 延期复核 declarations and goes to the summary. */
async function fillRenewalAndConfirm(page) {
  await page.getByTestId('apply-form').waitFor({ timeout: 20_000 })
  await page.getByTestId('decl-noAccidentPenalty').click()
  await page.getByTestId('decl-noBadConductRecord').click()
  assert.equal(await page.getByTestId('decl-noAccidentPenalty').getAttribute('data-checked'), 'true')
  await page.getByTestId('apply-next').click()
  await page.getByTestId('apply-summary').waitFor()
}

/** The application id from the detail page the form leads to. */
async function openedApplicationId(page) {
  await page.getByTestId('next-action').waitFor({ timeout: 20_000 })
  const id = /[?&]id=([A-Za-z0-9_-]+)/.exec(decodeURIComponent(page.url()))?.[1]
  assert.ok(id, `the application detail is open (${page.url()})`)
  return id
}

test('延期复核 from 证书详情: verdict, summary, submit; driven to 办结, 首页 shows the new expiry', async () => {
  const certificateId = 'cert-renewal-ready-c2'
  const original = await certificateRecord(certificateId)
  const { context, page, errors } = await env.openApp('renewal-ready')
  try {
    await page.getByTestId('certificate-card').first().click({ timeout: 20_000 })
    await page.getByTestId('apply-RENEWAL').click({ timeout: 20_000 })

    await page.getByTestId('apply-form').waitFor({ timeout: 20_000 })
    const option = page.getByTestId(`cert-option-${certificateId}`)
    assert.equal(await option.getAttribute('data-selected'), 'true', 'the certificate is preselected')
    assert.equal(await page.getByTestId('apply-verdict').getAttribute('data-allowed'), 'true')

    // Nothing ticked yet: each missing declaration says what to do, no summary.
    await page.getByTestId('apply-next').click()
    await page.getByTestId('field-error-noAccidentPenalty').waitFor()
    await page.getByTestId('field-error-noBadConductRecord').waitFor()
    assert.equal(await page.getByTestId('apply-summary').count(), 0)
    await env.screenshot(page, 'apply-renewal-form')

    await fillRenewalAndConfirm(page)
    const summary = await page.getByTestId('apply-summary').textContent()
    assert.ok(summary.includes(original.number), 'the summary names the certificate')
    assert.match(summary, /办结后有效期至/)
    await env.screenshot(page, 'apply-renewal-summary')
    await page.getByTestId('apply-submit').click()

    const id = await openedApplicationId(page)
    const [created] = await applicationsOf('renewal-ready')
    assert.equal(created.id, id)
    assert.equal(created.type, 'RENEWAL')
    assert.equal(created.certificateId, certificateId)
    await env.screenshot(page, 'apply-renewal-submitted')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }

  // 聘用企业提交 → 市级审核 → 学习 (with a study link and the hours done) → 省级学时审核 → 办结
  const [app] = await applicationsOf('renewal-ready')
  await env.operator('POST', `/applications/${app.id}/advance`)
  await env.operator('POST', `/applications/${app.id}/advance`)
  await env.operator('PUT', `/applications/${app.id}/study`, {
    url: 'https://study.ahjsjg.example.cn/course/renewal',
    hoursRequired: 24,
    hoursDone: 24,
  })
  await env.operator('POST', `/applications/${app.id}/advance`)
  const done = await env.operator('POST', `/applications/${app.id}/advance`)
  assert.equal(done.application.status, 'COMPLETED')

  const extended = await certificateRecord(certificateId)
  assert.equal(Number(extended.validUntil.slice(0, 4)), Number(original.validUntil.slice(0, 4)) + 3)
  // Same day three years on (29 February becomes 28 February in a common year).
  const monthDay = original.validUntil.slice(4)
  assert.equal(extended.validUntil.slice(4), monthDay === '-02-29' ? '-02-28' : monthDay)

  const home = await env.openApp('renewal-ready')
  try {
    const card = home.page.getByTestId('certificate-card').filter({ hasText: original.number }).first()
    await card.waitFor({ timeout: 20_000 })
    await card.getByText(extended.validUntil).first().waitFor()
    assert.ok(!(await card.textContent()).includes(original.validUntil), 'the old expiry is gone')
    await env.screenshot(home.page, 'apply-renewal-home-extended')
  } finally {
    await home.context.close()
  }
})

test('a second application while one is open is refused before submit, with a link to the open one (R2)', async () => {
  const { context, page, errors } = await env.openApp('open-app', formRoute('RENEWAL', 'cert-open-app-c1'))
  try {
    const verdict = page.getByTestId('apply-verdict')
    await verdict.waitFor({ timeout: 20_000 })
    assert.equal(await verdict.getAttribute('data-allowed'), 'false')
    await verdict.getByText('您尚有未办结的申请事项').waitFor()
    await env.screenshot(page, 'apply-open-app-refused')

    // The holder may still try: the form explains instead of sending anything.
    const posts = []
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/v1/applications') && posts.push(r))
    await page.getByTestId('decl-noAccidentPenalty').click()
    await page.getByTestId('decl-noBadConductRecord').click()
    await page.getByTestId('apply-next').click()
    await page.getByTestId('apply-banner').waitFor()
    assert.equal(await page.getByTestId('apply-summary').count(), 0)
    assert.equal(posts.length, 0)

    await verdict.getByTestId('fix-openApplication').click()
    const id = await openedApplicationId(page)
    assert.equal(id, 'app-open-renewal')
    assert.equal((await applicationsOf('open-app')).length, 1)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the backend refusing at submit is shown with its fix, and what was ticked stays', async () => {
  const certificateId = 'cert-renewal-ready-c2'
  const { context, page } = await env.openApp('renewal-ready', formRoute('RENEWAL', certificateId))
  try {
    await fillRenewalAndConfirm(page)
    // Meanwhile the enterprise starts an 信息变更: the phone's pre-check did not know.
    await env.operator('POST', '/info-change', {
      holder: 'renewal-ready',
      certificateId,
      photo: true,
    })
    await page.getByTestId('apply-submit').click()

    await page.getByTestId('apply-banner').waitFor({ timeout: 20_000 })
    const verdict = page.getByTestId('apply-verdict')
    await verdict.getByText('您尚有未办结的申请事项').waitFor()
    await verdict.getByTestId('fix-openApplication').waitFor()
    await env.screenshot(page, 'apply-refused-by-backend')

    await page.getByTestId('apply-back').click()
    assert.equal(await page.getByTestId('decl-noAccidentPenalty').getAttribute('data-checked'), 'true')
    assert.equal(await page.getByTestId('decl-noBadConductRecord').getAttribute('data-checked'), 'true')
    const apps = await applicationsOf('renewal-ready')
    assert.deepEqual(
      apps.map((a) => a.type),
      ['INFO_CHANGE'],
    )
  } finally {
    await context.close()
  }
})

test('a draft typed into 证书注销 comes back after a reload, without the full ID number', async () => {
  const idNumber = validIdNumber('34010219780315031')
  const { context, page, errors } = await env.openApp('valid')
  try {
    await page.getByTestId('apply-entry-CANCELLATION').click({ timeout: 20_000 })
    await page.getByTestId('apply-form').waitFor({ timeout: 20_000 })
    // The one certificate that can be cancelled is chosen for the holder.
    await page.locator('[data-testid^="cert-option-"][data-selected="true"]').waitFor()

    const reason = page.getByTestId('field-reason').locator('textarea')
    await reason.fill(`已退休，不再从事安全生产管理工作。身份证${idNumber}`)
    await page.getByTestId('privacy-note').waitFor()
    const masked = `已退休，不再从事安全生产管理工作。身份证${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}`
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="field-reason"] textarea')?.value === text,
      masked,
    )

    await page.reload()
    await page.getByTestId('draft-restored').waitFor({ timeout: 20_000 })
    assert.equal(await page.getByTestId('field-reason').locator('textarea').inputValue(), masked)
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
    assert.ok(stored.includes('已退休'), 'the draft is on the device')
    assert.ok(!stored.includes(idNumber), 'the full ID number is not')
    assert.ok(!page.url().includes('已退休'), 'nothing typed travels in the URL')
    await env.screenshot(page, 'apply-draft-restored')

    // 首页 marks the waiting draft.
    await page.goto(`${env.appUrl}/#/pages/index/index`)
    await page.reload()
    await page
      .getByTestId('apply-entry-CANCELLATION')
      .getByText('有未提交的草稿')
      .waitFor({ timeout: 20_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('double tap with a slow, dropped answer leaves exactly one application, sent under one key', async () => {
  const { context, page } = await env.openApp('renewal-ready', formRoute('RENEWAL', 'cert-renewal-ready-c2'))
  const posts = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/v1/applications'))
      posts.push(r.headers()['idempotency-key'])
  })
  try {
    await fillRenewalAndConfirm(page)
    // The first answer is slow and then lost after the backend has created the application.
    await env.operator('POST', '/faults', { route: 'createApplication', latencyMs: 1500, times: 1 })
    await env.operator('POST', '/faults', {
      route: 'createApplication',
      drop: true,
      phase: 'after',
      times: 1,
    })

    const submit = page.getByTestId('apply-submit')
    await submit.dblclick()
    await submit.click({ force: true, timeout: 2000 }).catch(() => undefined)

    const id = await openedApplicationId(page)
    const apps = await applicationsOf('renewal-ready')
    assert.equal(apps.length, 1, 'exactly one application on the backend')
    assert.equal(apps[0].id, id)
    assert.ok(posts.length >= 1, 'the form was sent')
    assert.equal(
      new Set(posts).size,
      1,
      `every attempt carried the same Idempotency-Key (${posts.join(', ')})`,
    )
    assert.match(posts[0], /^[A-Za-z0-9_-]{8,64}$/)
    await env.screenshot(page, 'apply-double-tap-one-application')
  } finally {
    await context.close()
  }
})
