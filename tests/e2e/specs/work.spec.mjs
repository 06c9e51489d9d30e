// 办事 detail (撤回, 学习链接 in the web-view page or copied) and QR entry, in the H5 build.
import { test, before, after, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { button, fileRenewal, startEnvironment } from '../harness.mjs'

let env
before(async () => {
  env = await startEnvironment()
})
after(async () => env?.stop())
beforeEach(async () => env.operator('POST', '/reset'))

async function advanceToStudy(id) {
  for (let i = 0; i < 10; i++) {
    const list = await env.operator('GET', '/applications')
    const app = list.find((x) => x.application.id === id).application
    const current = app.steps.find((s) => s.state === 'CURRENT')
    if (current?.key === 'study') return
    await env.operator('POST', `/applications/${id}/advance`)
  }
  throw new Error('the renewal never reached its study step')
}

test('撤回 after confirmation, while the enterprise has not acted', async () => {
  const app = await fileRenewal('renewal-ready')
  const { context, page } = await env.openApp('renewal-ready', `/packages/work/detail/index?id=${app.id}`)
  try {
    await button(page, '撤回申请').waitFor({ timeout: 20_000 })
    await button(page, '撤回申请').click()
    await page.getByText('确认撤回？').waitFor()
    await env.screenshot(page, 'work-withdraw-confirm')
    await page.getByText('确认撤回', { exact: true }).click()
    await page.getByText('已撤回。如仍需办理，可重新申报').waitFor({ timeout: 20_000 })
    const list = await env.operator('GET', '/applications')
    const mine = list.filter((x) => x.application.id === app.id)
    assert.equal(mine.length, 1)
    assert.equal(mine[0].application.status, 'WITHDRAWN')
    assert.equal(await button(page, '撤回申请').count(), 0, 'no withdraw button once withdrawn')
  } finally {
    await context.close()
  }
})

test('a renewal in its study step shows the hours and opens an allowed link in the web-view page', async () => {
  const app = await fileRenewal('renewal-ready')
  await advanceToStudy(app.id)
  await env.operator('PUT', `/applications/${app.id}/study`, {
    url: 'https://study.ahjsjg.example.cn/course/2026',
    hoursRequired: 24,
    hoursDone: 6,
  })
  const { context, page } = await env.openApp('renewal-ready', `/packages/work/detail/index?id=${app.id}`)
  try {
    await page.getByTestId('study-hours').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('study-hours').textContent(), /已完成 6 \/ 需 24 学时/)
    assert.match(await page.getByTestId('next-action').textContent(), /已完成6学时，需24学时/)
    await env.screenshot(page, 'work-study')
    await button(page, '打开学习链接').click()
    await page.waitForURL(/packages\/work\/webview\/index/)
    await page
      .locator('iframe[src^="https://study.ahjsjg.example.cn/course/2026"]')
      .waitFor({ state: 'attached' })
  } finally {
    await context.close()
  }
})

test('a study link outside the allow-list is offered for copying, and the web-view page refuses it', async () => {
  const app = await fileRenewal('renewal-ready')
  await advanceToStudy(app.id)
  // The backend refuses to publish such a link (the same check as the app's)...
  await assert.rejects(
    env.operator('PUT', `/applications/${app.id}/study`, {
      url: 'http://elsewhere.example.com/course',
      hoursRequired: 24,
      hoursDone: 0,
    }),
    /422.*https/,
  )
  await env.operator('PUT', `/applications/${app.id}/study`, {
    url: 'https://study.ahjsjg.example.cn/course/2026',
    hoursRequired: 24,
    hoursDone: 0,
  })
  const { context, page } = await env.openApp('renewal-ready', `/packages/work/detail/index?id=${app.id}`)
  // ...so the app meets one only when its own allow-list is narrower (an older configuration).
  await page.route('**/v1/config', async (route) => {
    const res = await route.fetch()
    const body = await res.json()
    body.data.studyLinkHosts = ['learn.elsewhere.example.cn']
    await route.fulfill({ response: res, json: body })
  })
  await page.reload()
  try {
    await page.getByTestId('study-copy').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('study-copy').textContent(), /不在小程序可打开的范围内/)
    assert.equal(await button(page, '复制链接').count(), 1)
    assert.equal(await button(page, '打开学习链接').count(), 0)
    const direct = encodeURIComponent('https://evil.example.com/x')
    await page.goto(`${env.appUrl}/#/packages/work/webview/index?url=${direct}`)
    await page.getByTestId('webview-refused').waitFor({ timeout: 20_000 })
    assert.match(await page.getByTestId('webview-refused').textContent(), /evil\.example\.com/)
    assert.equal(await page.locator('iframe').count(), 0)
  } finally {
    await context.close()
  }
})

for (const [label, query, expectUrl, expectText] of [
  ['an opaque scene token for 聘用关系', 'scene=EMPLOY', /pages\/mine\/index/, '刷新聘用关系'],
  [
    'a scene naming an application',
    `scene=${encodeURIComponent('a=app-open-renewal')}`,
    /packages\/work\/detail/,
    '办理进度',
  ],
  [
    'a normal-link q for an application',
    `q=${encodeURIComponent('https://mp.ahjsjg.example.cn/mp/applications/app-open-renewal')}`,
    /packages\/work\/detail/,
    '办理进度',
  ],
]) {
  test(`QR entry: ${label}`, async () => {
    const { context, page, errors } = await env.openApp('open-app', `/pages/index/index?${query}`)
    try {
      await page.waitForURL(expectUrl, { timeout: 20_000 })
      await page.getByText(expectText).first().waitFor({ timeout: 20_000 })
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
}

for (const [label, query] of [
  ['a scene longer than 32 characters', `scene=${'x'.repeat(40)}`],
  ['an unknown scene token', 'scene=NOSUCHTOKEN'],
  ['a scene with script-like text', `scene=${encodeURIComponent('<script>alert(1)</script>')}`],
  ['a q that is not one of ours', `q=${encodeURIComponent('https://example.com/other')}`],
]) {
  test(`QR entry: ${label} lands on 首页 with a notice`, async () => {
    const { context, page, errors } = await env.openApp('valid', `/pages/index/index?${query}`)
    try {
      await page
        .getByText(/二维码/)
        .first()
        .waitFor({ timeout: 20_000 })
      await page.getByTestId('certificate-card').first().waitFor({ timeout: 20_000 })
      assert.match(page.url(), /pages\/index\/index/)
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
}
