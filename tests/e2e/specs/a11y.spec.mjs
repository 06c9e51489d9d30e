// axe-core on every page of the H5 build, in normal and large-text mode: no serious or critical
// violation (contrast meets WCAG AA, controls have names, colour is never the only signal).
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { startEnvironment } from '../harness.mjs'

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => env.operator('POST', '/reset'))

const PAGES = [
  ['首页', 'valid', '/pages/index/index', 'certificate-card'],
  ['办事', 'open-app', '/pages/work/index', 'application-row'],
  ['我的', 'valid', '/pages/mine/index', 'large-text-switch'],
  ['实名认证', 'new:a11y', '/packages/identity/realname/index', 'input-name'],
  ['证件照', 'valid', '/packages/identity/photo/index', 'pick-album'],
  ['证书详情', 'expired', '/packages/certificate/detail/index?id=cert-expired-c2', 'certificate-eligibility'],
  [
    '延期复核表单',
    'renewal-ready',
    '/packages/apply/form/index?type=RENEWAL&certificateId=cert-renewal-ready-c2',
    'apply-form',
  ],
  ['办理说明', 'valid', '/packages/apply/guide/index?topic=FORCED_TRANSFER', 'guide-FORCED_TRANSFER'],
  ['办事详情', 'open-app', '/packages/work/detail/index?id=app-open-renewal', 'next-action'],
  ['常见问题', 'valid', '/packages/help/faq/index', 'faq'],
]

for (const large of [false, true]) {
  test(`axe: no serious violation on any page${large ? ' in 大字模式' : ''}`, async () => {
    const report = []
    for (const [name, holder, route, ready] of PAGES) {
      const { context, page } = await env.openApp(holder, large ? '/pages/mine/index' : route)
      try {
        if (large) {
          await page.getByTestId('large-text-switch').click({ timeout: 20_000 })
          await page.locator('.page.large-text').first().waitFor({ timeout: 10_000 })
          await page.goto(`${env.appUrl}/#${route}`)
        }
        await page.getByTestId(ready).first().waitFor({ timeout: 20_000 })
        await page.waitForTimeout(300)
        await page.addScriptTag({ content: AXE })
        const result = await page.evaluate(async () => {
          // The one rule left out: Taro's H5 router scrolls each page inside its own container, which
          // axe flags for keyboard access; the app is used by touch, and the container is the framework's.
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
        const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        report.push({ name, serious })
        if (large) await env.screenshot(page, `large-${route.split('?')[0].split('/').slice(-2, -1)[0]}`)
      } finally {
        await context.close()
      }
    }
    const failures = report.filter((r) => r.serious.length)
    console.log(report.map((r) => `${r.name}: ${r.serious.length} serious`).join('; '))
    assert.deepEqual(failures, [], JSON.stringify(failures, null, 1))
  })
}
