import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { startEnvironment, BACKEND } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => env.operator('POST', '/reset'))

/** What the backend says the holder has, read through the holder API with a demo sign-in. */
async function backendView(holder) {
  const session = await fetch(`${BACKEND}/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: `demo:${holder}` }),
  }).then((r) => r.json())
  const auth = { Authorization: `Bearer ${session.data.token}` }
  const certificates = await fetch(`${BACKEND}/v1/certificates`, { headers: auth }).then((r) => r.json())
  const profile = await fetch(`${BACKEND}/v1/me`, { headers: auth }).then((r) => r.json())
  return { certificates: certificates.data, profile: profile.data }
}

test('sign-in lands on 首页 showing the seeded holder’s certificates', async () => {
  const expected = await backendView('valid')
  assert.ok(expected.certificates.length > 0)
  const { context, page, errors } = await env.openApp('valid')
  try {
    const cards = page.getByTestId('certificate-card')
    await cards.first().waitFor({ timeout: 20_000 })
    assert.equal(await cards.count(), expected.certificates.length)
    for (const cert of expected.certificates) {
      await page.getByText(cert.number).waitFor()
      await page.getByText(cert.employer.name).first().waitFor()
    }
    await page.getByText('有效', { exact: true }).first().waitFor()
    await env.screenshot(page, 'home-valid')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('我的 shows the 实名 status with the masked ID number and the 聘用关系', async () => {
  const expected = await backendView('valid')
  const { context, page } = await env.openApp('valid', '/pages/mine/index')
  try {
    await page.getByTestId('masked-id').waitFor({ timeout: 20_000 })
    assert.equal(
      (await page.getByTestId('masked-id').textContent()).trim(),
      expected.profile.realName.idNumberMasked,
    )
    assert.match(expected.profile.realName.idNumberMasked, /^\d{3}\*{11}[\dX]{4}$/)
    await page.getByText('已认证').waitFor()
    await page.getByTestId('employment-section').getByText('刷新聘用关系').waitFor()
    const html = await page.content()
    assert.ok(!/\d{17}[\dX]/.test(html), 'no full ID number in the page')
    await env.screenshot(page, 'mine-valid')
  } finally {
    await context.close()
  }
})

test('an expired certificate shows 已过期 on 首页', async () => {
  const { context, page } = await env.openApp('expired')
  try {
    await page.getByTestId('certificate-card').first().waitFor({ timeout: 20_000 })
    await page.getByText('已过期', { exact: true }).waitFor()
    await env.screenshot(page, 'home-expired')
  } finally {
    await context.close()
  }
})
