// Personal-data audit: a new holder verifies their identity and uses the app; afterwards no full ID
// number is in localStorage, console output, any request URL, any response, any screen's text, the
// 电子证书 PDF or the public verification page (which names the holder only masked), except the
// 实名认证 field while typing and the one request body that sends it. Tokens never travel in URLs,
// and another holder's application answers as not found.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import decodeQR from 'qr/decode.js'
import { BACKEND, button, startEnvironment } from '../harness.mjs'
import { validIdNumber } from '../ids.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => env.operator('POST', '/reset'))

// 吴敏 is on the register but has not used the app (backend/seed.ts UNBOUND_PEOPLE).
const ID = validIdNumber('34050219900203042')
const GB11643 = /[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/g

/** Any text holding a full ID number: the holder's own, or any other number with a valid checksum. */
function fullIds(text) {
  const found = []
  if (text.includes(ID) || text.includes(ID.toLowerCase())) found.push(ID)
  for (const m of text.matchAll(GB11643)) {
    const v = m[0].toUpperCase()
    if (validIdNumber(v.slice(0, 17)) === v) found.push(v)
  }
  return found
}

test('after 实名认证 and everyday use, no full ID number is stored, logged, sent in a URL or shown', async () => {
  const { context, page, errors } = await env.openApp('new:audit', '/packages/identity/realname/index')
  const consoleLines = []
  const urls = []
  const bodies = []
  const responses = []
  const tokens = new Set()
  page.on('console', (m) => consoleLines.push(m.text()))
  page.on('request', (r) => {
    urls.push(r.url())
    if (r.postData()) bodies.push({ url: r.url(), body: r.postData() })
    const auth = r.headers().authorization
    if (auth) tokens.add(auth.replace(/^Bearer\s+/i, ''))
  })
  page.on('response', async (r) => {
    if (!r.url().includes('/v1/')) return
    try {
      responses.push({ url: r.url(), body: await r.text() })
    } catch {
      /* a body that is gone with a navigation */
    }
  })
  const screens = []
  const capture = async (name) => {
    // The 实名认证 inputs may hold the number while typing: everything else on screen may not.
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true)
      clone.querySelectorAll('input, textarea').forEach((el) => el.remove())
      return clone.innerText
    })
    screens.push({ name, text })
  }

  try {
    await page.getByTestId('input-name').waitFor({ timeout: 20_000 })
    await page.getByTestId('input-name').locator('input').fill('吴敏')
    await page.getByTestId('input-id').locator('input').fill(ID.toLowerCase())
    await page.getByTestId('input-phone').locator('input').fill('13912345678')
    await capture('实名认证 form')
    await button(page, '开始认证').click()
    await page.getByText('模拟通过').click()
    await page.getByTestId('masked-id').waitFor({ timeout: 20_000 })
    await capture('我的')

    await page.goto(`${env.appUrl}/#/pages/index/index`)
    await button(page, '刷新证书').click({ timeout: 20_000 })
    await page.getByTestId('certificate-card').first().waitFor({ timeout: 20_000 })
    await capture('首页')
    await page.getByTestId('certificate-card').first().click()
    await page.getByTestId('certificate-eligibility').waitFor({ timeout: 20_000 })
    await capture('证书详情')

    // 电子证书: the PDF's text.
    const downloading = page.waitForEvent('download')
    await button(page, '查看电子证书（PDF）').click()
    const pdf = join(mkdtempSync(join(tmpdir(), 'privacy-')), 'certificate.pdf')
    await (await downloading).saveAs(pdf)
    const pdfText = spawnSync(process.execPath, ['tests/support/pdf-text.mjs', pdf], {
      encoding: 'utf8',
    }).stdout
    assert.match(pdfText, /吴敏/, 'the PDF was read')
    // 出示证书, and the public page its QR code opens, as an inspector's phone shows it.
    await page.getByTestId('show-certificate-open').click()
    await page.getByTestId('show-certificate').waitFor({ timeout: 20_000 })
    await capture('出示证书')
    const shot = await page.getByTestId('qr-code').filter({ visible: true }).screenshot({ type: 'jpeg' })
    const image = jpeg.decode(shot, { useTArray: true, formatAsRGBA: true })
    const verifyUrl = decodeQR(
      { width: image.width, height: image.height, data: image.data },
      { format: 'RGBA' },
    )
    const inspector = await context.newPage()
    const verifyPage = await inspector.goto(verifyUrl)
    const verifyHtml = await verifyPage.text()
    const verifyText = await inspector.evaluate(() => document.body.innerText)
    assert.match(verifyText, /吴\*/, 'the verification page names the holder masked')
    assert.ok(!verifyText.includes('吴敏'), 'and never in full')
    await inspector.close()

    await page.goto(`${env.appUrl}/#/packages/apply/form/index?type=CANCELLATION`)
    const reason = page.getByTestId('field-reason').locator('textarea')
    await reason.waitFor({ timeout: 20_000 })
    await reason.fill(`已离职，身份证号${ID}`)
    await page.getByTestId('privacy-note').waitFor()
    await page.reload()
    await page.getByTestId('draft-restored').waitFor({ timeout: 20_000 })
    await capture('证书注销 draft')

    await page.goto(`${env.appUrl}/#/pages/work/index`)
    await page.waitForTimeout(1500)
    await capture('办事')

    const storage = await page.evaluate(() =>
      JSON.stringify({ ...window.localStorage, ...window.sessionStorage }),
    )
    assert.deepEqual(fullIds(storage), [], 'localStorage and sessionStorage')
    assert.deepEqual(fullIds(consoleLines.join('\n')), [], 'console output')
    for (const url of urls) {
      assert.deepEqual(fullIds(decodeURIComponent(url)), [], `request URL ${url}`)
      for (const token of tokens) assert.ok(!url.includes(token), `no token in ${url}`)
    }
    for (const { url, body } of responses) assert.deepEqual(fullIds(body), [], `response of ${url}`)
    for (const { name, text } of screens) assert.deepEqual(fullIds(text), [], `screen ${name}`)
    assert.deepEqual(fullIds(pdfText), [], '电子证书 PDF')
    assert.deepEqual(fullIds(verifyHtml), [], 'verification page')
    assert.ok(!decodeURIComponent(verifyUrl).includes(ID), 'QR code')
    const sending = bodies.filter(({ body }) => fullIds(body).length > 0)
    assert.deepEqual(
      sending.map((b) => new URL(b.url).pathname),
      ['/v1/realname/verifications'],
      'only the 实名认证 request carries the number',
    )
    assert.ok(tokens.size > 0, 'requests were authenticated')
    console.log(
      `audited: ${urls.length} request URLs, ${responses.length} responses, ${consoleLines.length} console lines, ` +
        `${screens.length} screens, storage ${storage.length} characters`,
    )
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test("another holder's application answers as not found, showing none of its data", async () => {
  const { context, page } = await env.openApp('valid', '/packages/work/detail/index?id=app-open-renewal')
  try {
    await page.getByText('没有找到这条办事记录').waitFor({ timeout: 20_000 })
    const text = await page.evaluate(() => document.body.innerText)
    assert.ok(!text.includes('皖建安C1'), 'no certificate number of the other holder')
  } finally {
    await context.close()
  }
})

test('退出登录 ends the token on the server too, not only on the phone', async () => {
  const { context, page } = await env.openApp('valid', '/pages/mine/index')
  const tokens = new Set()
  const signOuts = []
  page.on('request', (r) => {
    const auth = r.headers().authorization
    if (auth) tokens.add(auth.replace(/^Bearer\s+/i, ''))
    if (r.method() === 'DELETE' && r.url().endsWith('/v1/sessions/current')) signOuts.push(r)
  })
  try {
    await button(page, '退出登录').click({ timeout: 20_000 })
    await page.getByText('确定退出吗').waitFor()
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/sessions/current'), {
      timeout: 20_000,
    })
    await page.getByText('退出', { exact: true }).click()
    await answered
    assert.equal(signOuts.length, 1)
    assert.ok(tokens.size > 0, 'the app had a token')
    for (const token of tokens) {
      const res = await fetch(`${BACKEND}/v1/me`, { headers: { Authorization: `Bearer ${token}` } })
      assert.equal(res.status, 401, 'a token used before 退出登录 no longer works')
    }
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
    for (const token of tokens) assert.ok(!stored.includes(token), 'and the phone forgot it')
  } finally {
    await context.close()
  }
})
