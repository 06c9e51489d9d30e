/**
 * 电子证书, 扫码验真 and 学习与成绩 in the reference backend: the PDF says what the record says today
 * (and never the full ID number), the verification link is unguessable and replaceable, the public
 * page shows the current status with a masked name only, is rate-limited and answers in HTML
 * whatever happens; R14 refuses a renewal resting on an expired result until a new one is reported.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { DEMO_HOLDERS } from '../../../backend/seed'
import { call, makeApp, operator, signIn, START } from './helpers'

// Each PDF is read back through pdfjs in a child process; on a busy two-core machine that takes seconds.
jest.setTimeout(30_000)

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(() => app.close())

const holder = (key: string) => DEMO_HOLDERS.find((h) => h.key === key)!
const masked = (id: string) => `${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'certificate-')), 'certificate.pdf')
  writeFileSync(file, pdf)
  const run = spawnSync(process.execPath, ['tests/support/pdf-text.mjs', file], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(run.stderr)
  return run.stdout
}

async function documentOf(token: string, certificateId: string) {
  return call(app, 'getCertificateDocument', { token, params: { certificateId } })
}

async function linkOf(token: string, certificateId: string) {
  const res = await call(app, 'getVerificationLink', { token, params: { certificateId } })
  expect(res.status).toBe(200)
  return res.body.data as { url: string; token: string; issuedAt: string }
}

async function page(url: string) {
  const res = await app.inject({ method: 'GET', url: new URL(url, 'http://x').pathname })
  return { status: res.statusCode, html: res.body, headers: res.headers }
}

/** The visible text of the page, tags removed. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

describe('电子证书 (GET /v1/certificates/{id}/document)', () => {
  test('a PDF with photo, name, masked ID number, category, number, enterprise, dates, issuer and the verification address', async () => {
    const valid = holder('valid')
    const token = await signIn(app, 'valid')
    const res = await documentOf(token, 'cert-valid-c3')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('电子证书-皖建安C3'))
    expect(res.raw.subarray(0, 5).toString()).toBe('%PDF-')
    // The photo is embedded as an image.
    expect(res.raw.toString('latin1')).toContain('/Subtype /Image')
    const certificate = (
      await call(app, 'getCertificate', { token, params: { certificateId: 'cert-valid-c3' } })
    ).body.data
    const text = pdfText(res.raw)
    for (const expected of [
      '安全生产考核合格证书',
      valid.name,
      masked(valid.idNumber),
      'C3类 专职安全生产管理人员（综合类）',
      certificate.number,
      certificate.employer.name,
      `有效期至：${certificate.validUntil}`,
      `发证日期：${certificate.issuedOn}`,
      '安徽省住房和城乡建设厅',
      (await linkOf(token, 'cert-valid-c3')).url,
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain(valid.idNumber)
    expect(text).not.toMatch(/\d{17}[\dX]/)
  })

  test('is always the current record: after a renewal the new validity, after an 信息变更 the new position', async () => {
    const token = await signIn(app, 'renewal-ready')
    const before = pdfText((await documentOf(token, 'cert-renewal-ready-c2')).raw)
    const created = await call(app, 'createApplication', {
      token,
      headers: { 'idempotency-key': 'doc-renewal-1' },
      body: {
        type: 'RENEWAL',
        certificateId: 'cert-renewal-ready-c2',
        fields: { noAccidentPenalty: true, noBadConductRecord: true },
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.data.id
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'PUT', `/applications/${id}/study`, {
      url: 'https://study.ahjsjg.example.cn/c/1',
      hoursRequired: 24,
      hoursDone: 24,
    })
    await operator(app, 'POST', `/applications/${id}/advance`)
    const done = await operator(app, 'POST', `/applications/${id}/advance`)
    expect(done.body.data.application.status).toBe('COMPLETED')
    const renewed = (
      await call(app, 'getCertificate', { token, params: { certificateId: 'cert-renewal-ready-c2' } })
    ).body.data
    const after = pdfText((await documentOf(token, 'cert-renewal-ready-c2')).raw)
    expect(after).toContain(`有效期至：${renewed.validUntil}`)
    expect(before).not.toContain(`有效期至：${renewed.validUntil}`)

    const change = await operator(app, 'POST', '/info-change', {
      holder: 'renewal-ready',
      certificateId: 'cert-renewal-ready-c2',
      position: '安全部经理',
    })
    const infoId = change.body.data.application.id
    for (let i = 0; i < 4; i++) await operator(app, 'POST', `/applications/${infoId}/advance`)
    expect(pdfText((await documentOf(token, 'cert-renewal-ready-c2')).raw)).toContain('职务：安全部经理')
  })

  test('expired, cancelled, transferred-out and suspended certificates get a refusal that says why, not a PDF', async () => {
    const cases: [string, string, string, RegExp][] = [
      ['expired', 'cert-expired-c2', 'CERTIFICATE_EXPIRED', /已于\d{4}-\d{2}-\d{2}过期.*重新参加考核/],
      ['cancelled', 'cert-cancelled-c3', 'CERTIFICATE_NOT_ACTIVE', /已注销，不提供电子证书/],
      ['transferred-out', 'cert-transferred-c1', 'CERTIFICATE_NOT_ACTIVE', /已转出安徽省.*转入省份/],
      ['suspended', 'cert-suspended-c2', 'CERTIFICATE_NOT_ACTIVE', /被暂扣.*恢复办法/],
    ]
    for (const [key, id, code, message] of cases) {
      const res = await documentOf(await signIn(app, key), id)
      expect([key, res.status, res.body.error.code]).toEqual([key, 409, code])
      expect(res.body.error.message).toMatch(message)
    }
  })

  test("another holder's certificate is not found, and a holder without 实名认证 is asked to verify", async () => {
    expect((await documentOf(await signIn(app, 'expired'), 'cert-valid-c3')).status).toBe(404)
    expect((await documentOf(await signIn(app, 'demo:new:doc'), 'cert-valid-c3')).status).toBe(403)
  })
})

describe('扫码验真: the link and the public page', () => {
  test('the token is random, carries neither the certificate id nor the ID number, and stays the same until replaced', async () => {
    const valid = holder('valid')
    const token = await signIn(app, 'valid')
    const first = await linkOf(token, 'cert-valid-c3')
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(first.url).toMatch(new RegExp(`/verify/${first.token}$`))
    for (const secret of ['cert-valid-c3', valid.idNumber, valid.idNumber.slice(-6), '0012345'])
      expect(first.url).not.toContain(secret)
    expect((await linkOf(token, 'cert-valid-c3')).token).toBe(first.token)
    // Another certificate, another token.
    const twoCerts = await signIn(app, 'two-certs')
    const [b, c3] = [await linkOf(twoCerts, 'cert-two-b'), await linkOf(twoCerts, 'cert-two-c3')]
    expect(new Set([first.token, b.token, c3.token]).size).toBe(3)
    // Someone else's certificate has no link for this holder.
    const other = await call(app, 'getVerificationLink', { token, params: { certificateId: 'cert-two-b' } })
    expect(other.status).toBe(404)
  })

  test('the configured public address goes into the link', async () => {
    const deployed = await makeApp({ publicBaseUrl: 'https://zs.example.gov.cn/' })
    try {
      const res = await call(deployed, 'getVerificationLink', {
        token: await signIn(deployed, 'valid'),
        params: { certificateId: 'cert-valid-c3' },
      })
      expect(res.body.data.url).toMatch(/^https:\/\/zs\.example\.gov\.cn\/verify\/[A-Za-z0-9_-]{22}$/)
    } finally {
      await deployed.close()
    }
  })

  test('the page shows the masked name, category, number, enterprise, validity and status; nothing else personal', async () => {
    const valid = holder('valid')
    const token = await signIn(app, 'valid')
    const link = await linkOf(token, 'cert-valid-c3')
    const certificate = (
      await call(app, 'getCertificate', { token, params: { certificateId: 'cert-valid-c3' } })
    ).body.data
    const res = await call(app, 'verifyCertificate', { params: { token: link.token } })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['x-robots-tag']).toContain('noindex')
    expect(res.headers['content-security-policy']).toContain("default-src 'none'")
    const html = res.raw.toString('utf8')
    expect(html).toContain('data-status="VALID"')
    expect(html).not.toMatch(/<script|<img|src=|https?:\/\/(?!www\.w3)/i)
    const text = textOf(html)
    for (const expected of [
      '有效',
      '张*国',
      'C3类 专职安全生产管理人员（综合类）',
      certificate.number,
      certificate.employer.name,
      certificate.validUntil,
      '安徽省住房和城乡建设厅',
      '信息更新',
      '查询时间',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain(valid.name)
    expect(text).not.toContain(certificate.idNumberMasked)
    expect(text).not.toContain(valid.phone)
    expect(text).not.toMatch(/\d{15,}/)
  })

  test('the status follows the record: cancelled by the authority, suspended, restored; expired and transferred certificates say so', async () => {
    const link = await linkOf(await signIn(app, 'valid'), 'cert-valid-c3')
    const statusOf = async () => {
      const res = await page(link.url)
      return { status: /data-status="([A-Z_]+)"/.exec(res.html)?.[1], text: textOf(res.html) }
    }
    expect((await statusOf()).status).toBe('VALID')
    await operator(app, 'PUT', '/certificates/cert-valid-c3/status', { recordStatus: 'CANCELLED' })
    const cancelled = await statusOf()
    expect(cancelled.status).toBe('CANCELLED')
    expect(cancelled.text).toContain('证书已注销，不能作为有效证书使用')
    expect(cancelled.text).toMatch(/信息更新 2025-06-15 10:0\d/)
    await operator(app, 'PUT', '/certificates/cert-valid-c3/status', { recordStatus: 'SUSPENDED' })
    expect((await statusOf()).status).toBe('SUSPENDED')
    await operator(app, 'PUT', '/certificates/cert-valid-c3/status', { recordStatus: 'ACTIVE' })
    expect((await statusOf()).status).toBe('VALID')

    const expired = await page((await linkOf(await signIn(app, 'expired'), 'cert-expired-c2')).url)
    expect(expired.html).toContain('data-status="EXPIRED"')
    expect(textOf(expired.html)).toMatch(/证书已于\d{4}-\d{2}-\d{2}过期/)
    const moved = await page((await linkOf(await signIn(app, 'transferred-out'), 'cert-transferred-c1')).url)
    expect(textOf(moved.html)).toContain('已转出安徽省')
    // A certificate inside its renewal window is still valid to whoever checks it.
    const expiring = await page(
      (await linkOf(await signIn(app, 'renewal-ready'), 'cert-renewal-ready-c2')).url,
    )
    expect(expiring.html).toContain('data-status="EXPIRING"')
    expect(textOf(expiring.html)).toMatch(/有效 .*将于\d{4}-\d{2}-\d{2}到期/)
  })

  test('replacing the link voids the old QR code at once; the new one works', async () => {
    const token = await signIn(app, 'valid')
    const old = await linkOf(token, 'cert-valid-c3')
    const res = await call(app, 'reissueVerificationLink', {
      token,
      params: { certificateId: 'cert-valid-c3' },
    })
    expect(res.status).toBe(200)
    expect(res.body.data.token).not.toBe(old.token)
    const gone = await call(app, 'verifyCertificate', { params: { token: old.token } })
    expect(gone.status).toBe(410)
    expect(textOf(gone.raw.toString())).toMatch(
      /二维码已作废.*持证人已于2025-06-15 10:0\d更换.*出示最新的电子证书/,
    )
    expect((await page(res.body.data.url)).status).toBe(200)
    expect((await linkOf(token, 'cert-valid-c3')).token).toBe(res.body.data.token)
  })

  test('an unknown or malformed token gets a page that says so, never JSON', async () => {
    for (const token of ['AAAAAAAAAAAAAAAAAAAAAA', 'cert-valid-c3', '1', '%3Cscript%3E', 'x\'"><b>']) {
      const res = await app.inject({ method: 'GET', url: `/verify/${encodeURIComponent(token)}` })
      expect([token, res.statusCode]).toEqual([token, 404])
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(textOf(res.body)).toContain('未找到该证书')
      expect(res.body).not.toContain('<b>')
    }
  })

  test('look-ups are rate-limited per address, with Retry-After and a page that explains', async () => {
    const limited = await makeApp({ verifyRateLimit: { lookupsPerWindow: 3 } })
    try {
      const link = (
        await call(limited, 'getVerificationLink', {
          token: await signIn(limited, 'valid'),
          params: { certificateId: 'cert-valid-c3' },
        })
      ).body.data
      const statuses = []
      for (let i = 0; i < 4; i++)
        statuses.push(await call(limited, 'verifyCertificate', { params: { token: link.token } }))
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 429])
      expect(Number(statuses[3].headers['retry-after'])).toBeGreaterThan(0)
      expect(textOf(statuses[3].raw.toString())).toMatch(/查询过于频繁.*秒后再扫码/)
      // Unknown tokens count too: guessing is limited as well.
      expect(
        (await call(limited, 'verifyCertificate', { params: { token: 'AAAAAAAAAAAAAAAAAAAAAA' } })).status,
      ).toBe(429)
    } finally {
      await limited.close()
    }
  })
})

describe('学习与成绩 (GET /v1/me/learning) and R14', () => {
  test('results with their validity (first exam 2 years, continuing education 3) and hours per period', async () => {
    const token = await signIn(app, 'result-expired')
    const res = await call(app, 'getLearning', { token })
    expect(res.status).toBe(200)
    const { results, periods } = res.body.data
    const kinds = results.map((r: { kind: string; passed: boolean }) => `${r.kind}:${r.passed}`)
    expect(kinds).toEqual(['CONTINUING_EDUCATION:false', 'CONTINUING_EDUCATION:true', 'FIRST_EXAM:true'])
    const exam = results[2]
    expect(exam.validUntil).toBe(`${Number(exam.takenOn.slice(0, 4)) + 2}${exam.takenOn.slice(4, 8)}17`)
    const ce = results[1]
    expect(Number(ce.validUntil.slice(0, 4)) - Number(ce.takenOn.slice(0, 4))).toBe(3)
    expect(periods[0]).toMatchObject({ certificateId: 'cert-result-c3', hoursRequired: 24, hoursDone: 16 })
    expect(periods[0].from > periods[1].from).toBe(true)
    expect((await call(app, 'getLearning', { token: await signIn(app, 'demo:new:x') })).status).toBe(403)
  })

  test('a renewal resting on an expired result is refused with what to do; a new passed result lets it through', async () => {
    const token = await signIn(app, 'result-expired')
    const verdict = await call(app, 'checkEligibility', {
      token,
      body: { type: 'RENEWAL', certificateId: 'cert-result-c3' },
    })
    expect(verdict.body.data.allowed).toBe(false)
    expect(verdict.body.data.reasons[0]).toMatchObject({
      rule: 'R14',
      code: 'RESULT_EXPIRED',
      fix: { kind: 'guide', topic: 'CONTINUING_EDUCATION' },
    })
    const body = {
      type: 'RENEWAL',
      certificateId: 'cert-result-c3',
      fields: { noAccidentPenalty: true, noBadConductRecord: true },
    }
    const refused = await call(app, 'createApplication', {
      token,
      body,
      headers: { 'idempotency-key': 'r14-aaaa-1' },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('RESULT_EXPIRED')
    expect(refused.body.error.message).toMatch(/继续教育成绩.*已过期作废.*参加继续教育并考核/)
    expect(refused.body.error.details.reasons[0].rule).toBe('R14')

    const reported = await operator(app, 'POST', '/results', {
      holder: 'result-expired',
      kind: 'CONTINUING_EDUCATION',
      category: 'C3',
      takenOn: START.slice(0, 10),
      passed: true,
      score: 78,
    })
    expect(reported.body.data.result.validUntil).toBe('2028-06-14')
    const accepted = await call(app, 'createApplication', {
      token,
      body,
      headers: { 'idempotency-key': 'r14-aaaa-2' },
    })
    expect(accepted.status).toBe(201)
  })

  test('a finished renewal closes its period with the accepted hours and records the result', async () => {
    const token = await signIn(app, 'renewal-ready')
    const created = await call(app, 'createApplication', {
      token,
      headers: { 'idempotency-key': 'learning-renewal-1' },
      body: {
        type: 'RENEWAL',
        certificateId: 'cert-renewal-ready-c2',
        fields: { noAccidentPenalty: true, noBadConductRecord: true },
      },
    })
    const id = created.body.data.id
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'PUT', `/applications/${id}/study`, {
      url: 'https://study.ahjsjg.example.cn/c/1',
      hoursRequired: 24,
      hoursDone: 24,
    })
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'POST', `/applications/${id}/advance`)
    const { results, periods } = (await call(app, 'getLearning', { token })).body.data
    expect(results[0]).toMatchObject({ kind: 'CONTINUING_EDUCATION', takenOn: '2025-06-15', passed: true })
    expect(periods[0]).toMatchObject({ hoursDone: 0, from: '2025-07-16' })
    expect(periods[1]).toMatchObject({ hoursDone: 24, to: '2025-07-15' })
  })
})
