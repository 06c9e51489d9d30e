// 电子证书, 出示证书, 扫码验真 and 学习与成绩 in the H5 build against the reference backend: the PDF
// opened from 证书详情 says what the record says; 出示证书 shows a valid certificate as valid and an
// expired one as expired across the view; the QR code, decoded from a screenshot with a QR decoding
// library, opens the public verification page, which follows the back office's cancellation and
// says so when the holder has replaced the code; a renewal resting on an expired result is refused
// before submitting, with the way to fix it.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import decodeQR from 'qr/decode.js'
import { BACKEND, button, startEnvironment } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => {
  await env.operator('POST', '/reset')
  await env.operator('DELETE', '/faults')
})

const detailRoute = (id) => `/packages/certificate/detail/index?id=${id}`
const showRoute = (id) => `/packages/certificate/show/index?id=${id}`

/** A holder's certificate and ID number as the backend has them (the operator sees the full record). */
async function recordOf(holder, certificateId) {
  const state = await env.operator('GET', '/state')
  const certificate = state.certificates.find((c) => c.id === certificateId)
  const person = state.people.find((p) => p.idNumber === certificate.idNumber)
  return { certificate, person }
}

/** The QR code on screen, photographed and decoded the way a phone's scanner would. */
async function scanQr(page) {
  const qr = page.getByTestId('qr-code').filter({ visible: true })
  await qr.waitFor({ timeout: 20_000 })
  const shot = await qr.screenshot({ type: 'jpeg', quality: 95 })
  const image = jpeg.decode(shot, { useTArray: true, formatAsRGBA: true })
  return decodeQR({ width: image.width, height: image.height, data: image.data }, { format: 'RGBA' })
}

/** The verification page's status word and visible text. */
async function verification(page) {
  await page.locator('#status').waitFor({ timeout: 20_000 })
  return {
    status: await page.locator('main').getAttribute('data-status'),
    word: (await page.locator('#status').textContent()).trim(),
    text: await page.evaluate(() => document.body.innerText),
  }
}

test('电子证书 from 证书详情: a PDF whose text has the name, number and validity, with the masked ID number only', async () => {
  const { certificate, person } = await recordOf('valid', 'cert-valid-c3')
  const { context, page, errors } = await env.openApp('valid', detailRoute('cert-valid-c3'))
  try {
    const section = page.getByTestId('certificate-document')
    await section.waitFor({ timeout: 20_000 })
    const downloading = page.waitForEvent('download')
    await button(page, '查看电子证书（PDF）').click()
    const download = await downloading
    assert.match(download.suggestedFilename(), /^电子证书-皖建安C3（2017）0012345\.pdf$/)
    const file = join(mkdtempSync(join(tmpdir(), 'certificate-')), 'certificate.pdf')
    await download.saveAs(file)
    await section.getByText('已下载').waitFor({ timeout: 20_000 })
    const text = spawnSync(process.execPath, ['tests/support/pdf-text.mjs', file], {
      encoding: 'utf8',
    }).stdout
    assert.match(text, /安全生产考核合格证书/)
    assert.match(text, new RegExp(`姓名：${person.name}`))
    assert.match(text, new RegExp(`证书编号：${certificate.number.replace(/[（）]/g, '.')}`))
    assert.match(text, new RegExp(`有效期至：${certificate.validUntil}`))
    assert.match(text, /身份证号：340\*{11}\d{3}[\dX]/)
    assert.match(text, /验真地址：http:\/\/127\.0\.0\.1:8788\/verify\/[A-Za-z0-9_-]{22}/)
    assert.ok(!text.includes(person.idNumber), 'no full ID number in the PDF')
    await page.getByTestId('certificate-learning').scrollIntoViewIfNeeded()
    await section.scrollIntoViewIfNeeded()
    await env.screenshot(page, 'certdoc-detail')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('出示证书 (valid): 有效 in large type; the scanned QR code opens the verification page, which follows the back office', async () => {
  const { certificate } = await recordOf('valid', 'cert-valid-c3')
  const { context, page, errors } = await env.openApp('valid', detailRoute('cert-valid-c3'))
  try {
    await page.getByTestId('show-certificate-open').click({ timeout: 20_000 })
    const view = page.getByTestId('show-certificate')
    await view.waitFor({ timeout: 20_000 })
    assert.equal(await view.getAttribute('data-status'), 'VALID')
    assert.equal((await page.getByTestId('show-status').textContent()).trim(), '有效')
    assert.equal((await page.getByTestId('show-name').textContent()).trim(), '张建国')
    assert.equal((await page.getByTestId('show-number').textContent()).trim(), certificate.number)
    assert.equal(await page.getByTestId('show-void').count(), 0, 'no void banner on a valid certificate')
    assert.doesNotMatch(await view.innerText(), /\d{17}[\dX]|340\*+/, 'no ID number on the 出示 view')
    const clockBefore = await page.getByTestId('show-clock').textContent()
    await env.screenshot(page, 'certdoc-show-valid')

    const url = await scanQr(page)
    assert.match(url, /^http:\/\/127\.0\.0\.1:8788\/verify\/[A-Za-z0-9_-]{22}$/)
    assert.ok(!url.includes('cert-valid-c3'), 'the code does not carry the certificate id')
    await page.waitForTimeout(1100)
    assert.notEqual(await page.getByTestId('show-clock').textContent(), clockBefore, 'the clock runs')

    const inspector = await context.newPage()
    await inspector.goto(url)
    const before = await verification(inspector)
    assert.equal(before.status, 'VALID')
    assert.equal(before.word, '有效')
    assert.match(before.text, /张\*国/)
    assert.ok(before.text.includes(certificate.number))
    assert.ok(before.text.includes(certificate.validUntil))
    assert.ok(!before.text.includes('张建国'), 'the name is masked')
    await env.screenshot(inspector, 'certdoc-verify-valid')

    // The back office cancels the certificate: the same code now says so.
    await env.operator('PUT', '/certificates/cert-valid-c3/status', { recordStatus: 'CANCELLED' })
    await inspector.reload()
    const after = await verification(inspector)
    assert.equal(after.status, 'CANCELLED')
    assert.equal(after.word, '已注销')
    assert.match(after.text, /证书已注销，不能作为有效证书使用/)
    await env.screenshot(inspector, 'certdoc-verify-cancelled')

    // And the holder's own 出示 view no longer looks valid.
    await page.reload()
    await page.getByTestId('show-void').waitFor({ timeout: 20_000 })
    assert.equal((await page.getByTestId('show-status').textContent()).trim(), '已注销')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('出示证书 (expired): 已过期 across the view, never a valid-looking card; no PDF offered', async () => {
  const { context, page, errors } = await env.openApp('expired', detailRoute('cert-expired-c2'))
  try {
    await page.getByTestId('certificate-pdf-unavailable').waitFor({ timeout: 20_000 })
    assert.equal(await page.getByTestId('certificate-pdf').count(), 0)
    await page.getByTestId('show-certificate-open').click()
    const view = page.getByTestId('show-certificate')
    await view.waitFor({ timeout: 20_000 })
    assert.equal(await view.getAttribute('data-status'), 'EXPIRED')
    const banner = page.getByTestId('show-void')
    assert.match(await banner.innerText(), /已过期[\s\S]*不能作为有效证书使用/)
    const status = (await page.getByTestId('show-status').textContent()).trim()
    assert.equal(status, '已过期')
    // The status band is red, not the green of a valid certificate.
    const colour = await page
      .getByTestId('show-status')
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    assert.equal(colour, 'rgb(179, 38, 30)')
    await env.screenshot(page, 'certdoc-show-expired')
    // Scanned, it says the same.
    const inspector = await context.newPage()
    await inspector.goto(await scanQr(page))
    const seen = await verification(inspector)
    assert.equal(seen.status, 'EXPIRED')
    assert.match(seen.text, /证书已于\d{4}-\d{2}-\d{2}过期/)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('更换二维码: the old code is void at once, the new one verifies', async () => {
  const { context, page, errors } = await env.openApp('valid', showRoute('cert-valid-c3'))
  try {
    const old = await scanQr(page)
    await button(page, '更换二维码').click()
    await page.getByText('更换', { exact: true }).click()
    await page.getByText('已更换二维码').waitFor({ timeout: 20_000 })
    const fresh = await scanQr(page)
    assert.notEqual(fresh, old)
    const inspector = await context.newPage()
    const gone = await inspector.goto(old)
    assert.equal(gone.status(), 410)
    const seen = await verification(inspector)
    assert.equal(seen.word, '二维码已作废')
    assert.match(seen.text, /持证人已于.*更换了证书二维码/)
    await inspector.goto(fresh)
    assert.equal((await verification(inspector)).status, 'VALID')
    const unknown = await inspector.goto(`${BACKEND}/verify/AAAAAAAAAAAAAAAAAAAAAA`)
    assert.equal(unknown.status(), 404)
    assert.equal((await verification(inspector)).word, '未找到该证书')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('学习与成绩: results with their validity and hours per period; a renewal on an expired result is refused before submitting', async () => {
  const { context, page, errors } = await env.openApp('result-expired', detailRoute('cert-result-c3'))
  try {
    const learning = page.getByTestId('certificate-learning')
    await learning.waitFor({ timeout: 20_000 })
    const statuses = await learning
      .getByTestId('learning-result')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))
    assert.deepEqual(statuses, ['FAILED', 'EXPIRED', 'EXPIRED'])
    assert.match(await learning.innerText(), /已过期作废[\s\S]*有效至 \d{4}-\d{2}-\d{2}/)
    assert.match(await learning.innerText(), /16 \/ 24 学时/)
    const renewal = page.getByTestId('eligibility-RENEWAL')
    assert.match(await renewal.innerText(), /继续教育成绩.*已过期作废/)
    await learning.scrollIntoViewIfNeeded()
    await env.screenshot(page, 'certdoc-learning')

    // The form says it before anything is sent, with the way to fix it.
    await page.goto(`${env.appUrl}/#/packages/apply/form/index?type=RENEWAL&certificateId=cert-result-c3`)
    const reason = page.locator('[data-testid="verdict-reason"][data-code="RESULT_EXPIRED"]').first()
    await reason.waitFor({ timeout: 20_000 })
    assert.match(await reason.innerText(), /参加继续教育并考核/)
    assert.match(await reason.getByTestId('fix-guide').innerText(), /查看如何参加继续教育/)
    await reason.getByTestId('fix-guide').click()
    await page.getByTestId('guide-CONTINUING_EDUCATION').waitFor({ timeout: 20_000 })
    const applications = await env.operator('GET', '/applications')
    assert.equal(applications.filter((a) => a.holder === 'result-expired').length, 0, 'nothing was submitted')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
