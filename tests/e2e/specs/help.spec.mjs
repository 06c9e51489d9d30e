// 常见问题 (from 我的 and from a refusal) and 大字模式 in the H5 build.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { button, startEnvironment } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => {
  await env.operator('POST', '/reset')
  await env.operator('DELETE', '/faults')
})

// In root-font units: the H5 build sizes rem from the viewport width, which the browser may settle
// a moment later; what 大字模式 changes is the size relative to it.
const fontSize = (locator) =>
  locator.evaluate(
    (el) =>
      (16 * parseFloat(getComputedStyle(el).fontSize)) /
      parseFloat(getComputedStyle(document.documentElement).fontSize),
  )
const height = async (locator) => (await locator.boundingBox())?.height ?? 0

test('常见问题 from 我的: search, an empty result, then an answer’s button opens the place that fixes it', async () => {
  const { context, page, errors } = await env.openApp('valid', '/pages/mine/index')
  try {
    await button(page, '查看常见问题').click({ timeout: 20_000 })
    await page.waitForURL(/packages\/help\/faq\/index/, { timeout: 20_000 })
    await page.getByTestId('faq').waitFor({ timeout: 20_000 })
    const all = await page.locator('[data-testid^="faq-entry-"]').count()
    assert.ok(all > 20, `every question is listed (${all})`)

    const search = page.getByTestId('faq-search').locator('input')
    await search.fill('火星探测器')
    await page.getByTestId('faq-empty').waitFor({ timeout: 10_000 })
    assert.match(await page.getByTestId('faq-empty').textContent(), /没有找到与「火星探测器」相关的问题/)
    assert.equal(await page.locator('[data-testid^="faq-entry-"]').count(), 0)

    await search.fill('聘用企业与申报企业不一致')
    const entry = page.getByTestId('faq-entry-employer-mismatch')
    await entry.waitFor({ timeout: 10_000 })
    assert.equal(await page.getByTestId('faq-empty').count(), 0)
    const shown = await page.locator('[data-testid^="faq-entry-"]').count()
    assert.ok(shown < all, `the list is filtered (${shown} of ${all})`)
    assert.equal(
      await page.locator('[data-testid^="faq-entry-"]').first().getAttribute('data-testid'),
      'faq-entry-employer-mismatch',
    )
    await page.getByTestId('faq-answer-employer-mismatch').waitFor()
    await env.screenshot(page, 'help-search')

    await page.getByTestId('faq-action-employer-mismatch').click()
    await page.waitForURL(/pages\/mine\/index/, { timeout: 20_000 })
    await button(page, '刷新聘用关系').waitFor({ timeout: 20_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('a refusal links to its 常见问题 entry, which opens first and leads on to 办事', async () => {
  const { context, page, errors } = await env.openApp(
    'open-app',
    '/packages/apply/form/index?type=RENEWAL&certificateId=cert-open-app-c1',
  )
  try {
    const reason = page.locator('[data-testid="verdict-reason"][data-rule="R2"]').first()
    await reason.waitFor({ timeout: 20_000 })
    assert.match(await reason.getByTestId('verdict-why').textContent(), /同时只能有一项业务/)
    const link = reason.getByTestId('help-link')
    assert.equal(await link.getAttribute('data-faq'), 'one-at-a-time')
    await link.click()
    await page.waitForURL(/packages\/help\/faq\/index\?topic=one-at-a-time/, { timeout: 20_000 })
    const focus = page.getByTestId('faq-focus')
    await focus.waitFor({ timeout: 20_000 })
    assert.match(await focus.textContent(), /您尚有未办结的申请事项/)
    await focus.getByTestId('faq-answer-one-at-a-time').waitFor()
    await env.screenshot(page, 'help-from-refusal')

    await page.getByTestId('faq-action-one-at-a-time').click()
    await page.waitForURL(/pages\/work\/index/, { timeout: 20_000 })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('大字模式 makes text and buttons bigger, and stays on after a reload', async () => {
  const { context, page, errors } = await env.openApp('valid', '/pages/mine/index')
  try {
    const toggle = page.getByTestId('large-text-switch')
    await toggle.waitFor({ timeout: 20_000 })
    assert.equal(await toggle.getAttribute('data-checked'), 'false')
    const title = page.getByTestId('help-section').locator('.section__title')
    const helpButton = button(page, '查看常见问题')
    const before = { font: await fontSize(title), button: await height(helpButton) }
    assert.ok(before.font > 0 && before.button > 0)

    await toggle.click()
    await page.locator('.page.large-text').first().waitFor({ timeout: 10_000 })
    assert.equal(await toggle.getAttribute('data-checked'), 'true')
    assert.match(await toggle.textContent(), /已开启/)
    const after = { font: await fontSize(title), button: await height(helpButton) }
    assert.ok(after.font >= before.font * 1.2, `text grew: ${before.font}px -> ${after.font}px`)
    assert.ok(after.button >= before.button * 1.2, `button grew: ${before.button}px -> ${after.button}px`)
    await env.screenshot(page, 'help-large-text')

    await page.reload()
    await page.getByTestId('large-text-switch').waitFor({ timeout: 20_000 })
    assert.equal(await page.getByTestId('large-text-switch').getAttribute('data-checked'), 'true')
    await page.locator('.page.large-text').first().waitFor({ timeout: 10_000 })
    assert.ok((await fontSize(title)) >= before.font * 1.2, 'still large after a reload')

    // Other pages follow: 常见问题 opens large too.
    await button(page, '查看常见问题').click()
    await page.waitForURL(/packages\/help\/faq\/index/, { timeout: 20_000 })
    await page.getByTestId('faq').waitFor({ timeout: 20_000 })
    assert.equal((await page.locator('.page.large-text').count()) > 0, true)

    // A quick 返回 shows 我的 again, and it stays on screen (no page left hidden by a late timer).
    await page.goBack()
    await page.waitForURL(/pages\/mine\/index/, { timeout: 20_000 })
    await page.getByTestId('faq').waitFor({ state: 'hidden', timeout: 20_000 })
    await page.getByTestId('large-text-switch').waitFor({ state: 'visible', timeout: 20_000 })
    await page.waitForTimeout(600)
    assert.ok(await page.getByTestId('large-text-switch').isVisible(), '我的 is still on screen after 返回')
    await page.getByTestId('large-text-switch').click({ timeout: 20_000 })
    await page.waitForFunction(() => !document.querySelector('.page.large-text'), null, { timeout: 10_000 })
    // The page re-lays out after the switch: give it a moment before comparing.
    let size = await fontSize(title)
    for (let i = 0; i < 50 && Math.abs(size - before.font) >= 0.5; i++) {
      await page.waitForTimeout(100)
      size = await fontSize(title)
    }
    assert.ok(Math.abs(size - before.font) < 0.5, `back to normal size: ${before.font}px, now ${size}px`)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

const FAQ_ACTIONS = JSON.parse(
  execFileSync('node_modules/.bin/tsx', ['tests/fixtures/print-faq.ts'], { encoding: 'utf8' }),
)

/** What shows that each destination page has opened with its content. */
function readyOn(url) {
  const [path, query = ''] = url.split('?')
  const topic = new URLSearchParams(query).get('topic')
  const READY = {
    '/pages/index/index': 'certificate-card',
    '/pages/work/index': 'application-row',
    '/pages/mine/index': 'large-text-switch',
    '/packages/identity/realname/index': 'input-name',
    '/packages/identity/photo/index': 'pick-album',
    '/packages/apply/form/index': 'apply-form',
    '/packages/apply/guide/index': `guide-${topic}`,
  }
  return READY[path]
}

test('every 常见问题 entry’s button opens the place that fixes it', async () => {
  const { context, page, errors } = await env.openApp('open-app', '/packages/help/faq/index')
  const failures = []
  try {
    await page.getByTestId('faq').waitFor({ timeout: 20_000 })
    assert.ok(FAQ_ACTIONS.length >= 30, `${FAQ_ACTIONS.length} entries`)
    for (const { id, label, url } of FAQ_ACTIONS) {
      const ready = readyOn(url)
      if (!ready) {
        failures.push(`${id}: no check for the destination ${url}`)
        continue
      }
      // Opened afresh for each entry, as from a refusal's link: one page stack per button.
      await page.goto(`${env.appUrl}/#/packages/help/faq/index?topic=${id}`)
      await page.reload()
      const action = page.getByTestId(`faq-action-${id}`)
      try {
        await action.waitFor({ timeout: 20_000 })
        assert.equal((await action.innerText()).trim(), label)
        await action.click()
        const path = url.split('?')[0]
        await page.waitForURL((u) => decodeURIComponent(u.hash).startsWith(`#${path}`), { timeout: 20_000 })
        for (const [name, value] of new URLSearchParams(url.split('?')[1] ?? ''))
          assert.match(decodeURIComponent(page.url()), new RegExp(`[?&]${name}=${value}`), `${name}=${value}`)
        // Pages opened before stay in the router's stack, hidden: the one on screen is what counts.
        await page.waitForFunction(
          (testId) =>
            [...document.querySelectorAll(`[data-testid="${testId}"]`)].some(
              (el) => el.offsetParent !== null,
            ),
          ready,
          { timeout: 20_000 },
        )
      } catch (err) {
        failures.push(`${id} (${label} -> ${url}): ${String(err.message).split('\n')[0]}`)
      }
    }
    console.log(
      `常见问题: ${FAQ_ACTIONS.length - failures.length} of ${FAQ_ACTIONS.length} buttons open their place`,
    )
    assert.deepEqual(failures, [])
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
    )
  } finally {
    await context.close()
  }
})
