// A dead zone on a building site: the offline banner appears on every page, what was typed stays,
// and when the network returns the page refreshes itself.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { fileRenewal, startEnvironment } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => env.operator('POST', '/reset'))

test('offline: a banner, the typed text stays; back online: the page refreshes by itself', async () => {
  const { context, page, errors } = await env.openApp(
    'renewal-ready',
    '/packages/apply/form/index?type=CANCELLATION&certificateId=cert-renewal-ready-c2',
  )
  try {
    const reason = page.getByTestId('field-reason').locator('textarea')
    await reason.waitFor({ timeout: 20_000 })
    await reason.fill('已退休')
    await context.setOffline(true)
    await page.getByTestId('offline-banner').waitFor({ timeout: 10_000 })
    assert.match(await page.getByTestId('offline-banner').textContent(), /网络已断开/)
    assert.equal(await reason.inputValue(), '已退休', 'what was typed stays')
    await env.screenshot(page, 'offline-banner')
    await context.setOffline(false)
    await page.getByTestId('online-banner').waitFor({ timeout: 10_000 })
    assert.equal(await page.getByTestId('offline-banner').count(), 0)
    assert.equal(await reason.inputValue(), '已退休')

    // 办事 while offline; an application is filed elsewhere meanwhile; back online, it shows up.
    await page.goto(`${env.appUrl}/#/pages/work/index`)
    await page.waitForTimeout(1000)
    assert.equal(await page.getByTestId('application-row').count(), 0, 'nothing filed yet')
    await context.setOffline(true)
    await page.getByTestId('offline-banner').waitFor({ timeout: 10_000 })
    await fileRenewal('renewal-ready')
    await context.setOffline(false)
    await page
      .getByTestId('application-row')
      .filter({ hasText: '延期复核' })
      .first()
      .waitFor({ timeout: 15_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
