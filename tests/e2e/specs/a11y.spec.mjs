// Every page of the H5 build, in normal and large-text mode: axe-core finds no serious or critical
// violation (contrast meets WCAG AA, controls have names, colour is never the only signal), 大字模式
// makes the page's text and buttons bigger, and each mode is photographed for the README gallery.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SHOTS, startEnvironment } from '../harness.mjs'
import { PAGES } from '../pages.mjs'

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
const GALLERY = join(SHOTS, 'pages')

let env
before(async () => {
  env = await startEnvironment()
  mkdirSync(GALLERY, { recursive: true })
})
after(async () => env?.stop())
beforeEach(async () => env.operator('POST', '/reset'))

/** Median font size of the visible text and median height of what can be tapped on the open page. */
function measure(page) {
  return page.evaluate(() => {
    const visible = (el) => el && el.offsetParent !== null
    const pages = [...document.querySelectorAll('.taro_page')].filter(visible)
    const root = pages[pages.length - 1] ?? document.body
    const sizes = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement
      if (walker.currentNode.textContent.trim() && visible(el))
        sizes.push(parseFloat(getComputedStyle(el).fontSize))
    }
    // What a finger taps: buttons, list rows and cards, the questions of 常见问题.
    const TAPPABLE =
      'taro-button-core, [data-testid="application-row"], [data-testid="certificate-card"], [data-testid^="faq-question-"]'
    const buttons = [...root.querySelectorAll(TAPPABLE)]
      .filter(visible)
      .map((b) => b.getBoundingClientRect().height)
    const median = (a) => (a.length ? a.sort((x, y) => x - y)[Math.floor(a.length / 2)] : 0)
    return { text: median(sizes), texts: sizes.length, button: median(buttons), buttons: buttons.length }
  })
}

async function axeSerious(page) {
  await page.addScriptTag({ content: AXE })
  const violations = await page.evaluate(async () => {
    // The one rule left out: Taro's H5 router scrolls each page inside its own container, which axe
    // flags for keyboard access; the app is used by touch, and the container is the framework's.
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'scrollable-region-focusable': { enabled: false } },
    })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

const LARGE_TEXT_ON = JSON.stringify({ data: JSON.stringify({ state: { largeText: true }, version: 1 }) })

for (const [slug, name, holder, route, ready] of PAGES) {
  test(`${name}: axe clean in both modes, 大字模式 enlarges text and buttons`, async () => {
    const { context, page, errors } = await env.openApp(holder, route)
    try {
      await page.getByTestId(ready).first().waitFor({ timeout: 20_000 })
      await page.waitForTimeout(300)
      const normal = await measure(page)
      const normalViolations = await axeSerious(page)
      await page.screenshot({ path: join(GALLERY, `${slug}.png`), scale: 'css' })

      // 大字模式 is a saved preference: switched on (as 我的 does), every page opens large.
      await page.evaluate((value) => localStorage.setItem('anguan.display', value), LARGE_TEXT_ON)
      await page.reload()
      await page.locator('.large-text').first().waitFor({ timeout: 20_000 })
      await page.getByTestId(ready).first().waitFor({ timeout: 20_000 })
      await page.waitForTimeout(300)
      const large = await measure(page)
      const largeViolations = await axeSerious(page)
      await page.screenshot({ path: join(GALLERY, `${slug}-large.png`), scale: 'css' })

      console.log(
        `${name}: text ${normal.text}px -> ${large.text}px (${normal.texts} texts), touch targets ${normal.button}px -> ${large.button}px (${normal.buttons}); serious: ${normalViolations.length} + ${largeViolations.length}`,
      )
      assert.deepEqual(normalViolations, [], 'normal mode')
      assert.deepEqual(largeViolations, [], '大字模式')
      assert.ok(
        normal.texts > 0 && large.text >= normal.text * 1.2,
        `text grew: ${normal.text}px -> ${large.text}px`,
      )
      if (normal.buttons)
        assert.ok(
          large.button >= normal.button * 1.15,
          `touch targets grew: ${normal.button}px -> ${large.button}px`,
        )
      assert.deepEqual(
        errors.map((e) => e.message),
        [],
      )
    } finally {
      await context.close()
    }
  })
}
