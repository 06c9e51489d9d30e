// The app's own privacy consent step in the browser build: before the first photo is chosen the
// sheet says what is collected and why and links the 隐私保护指引; declining leaves the holder on a
// page that says what cannot be done without it; agreeing is remembered on the phone.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { button, startEnvironment } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
  await env.operator('POST', '/reset')
})
after(async () => env?.stop())

test('证件照 asks first; 不同意 explains what cannot be done; 同意 opens the uploader and is remembered', async () => {
  const { context, page, errors } = await env.openApp('valid', '/packages/identity/photo/index', {
    privacyConsent: false,
  })
  try {
    const sheet = page.getByTestId('privacy-sheet')
    await sheet.waitFor({ timeout: 20_000 })
    const text = await sheet.textContent()
    for (const word of ['证件照', '手机号', '人脸信息', '《用户隐私保护指引》'])
      assert.ok(text.includes(word), word)
    await env.screenshot(page, 'privacy-sheet')
    assert.equal(await page.getByTestId('pick-album').count(), 0, 'nothing to choose before consent')

    await page.getByTestId('privacy-decline').click()
    const declined = page.getByTestId('privacy-declined')
    await declined.waitFor({ timeout: 10_000 })
    assert.match(await declined.textContent(), /不能选择或拍摄证件照/)

    await button(page, '重新查看并同意').click()
    await page.getByTestId('privacy-agree').click()
    await page.getByTestId('pick-album').waitFor({ timeout: 10_000 })
    assert.equal(await page.getByTestId('privacy-sheet').count(), 0)

    await page.reload()
    await page.getByTestId('pick-album').waitFor({ timeout: 20_000 })
    assert.equal(await page.getByTestId('privacy-sheet').count(), 0, 'agreed once, not asked again')
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('实名认证 asks for consent before the form, naming the phone number and the face check', async () => {
  const { context, page } = await env.openApp('expired', '/packages/identity/realname/index', {
    privacyConsent: false,
  })
  try {
    await page.getByTestId('privacy-sheet').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('privacy-sheet').textContent(), /实名认证前/)
    await page.getByTestId('privacy-decline').click()
    assert.match(await page.getByTestId('privacy-declined').textContent(), /人脸核身/)
  } finally {
    await context.close()
  }
})
