/**
 * The requests as holders live them (seed 000, Anhui's guide): transfer out and cancellation after
 * leaving the employer, 退回 then corrected, 信息变更 applied, 强制调动, 跨省转入 checked against the
 * national record, 证书变更 only within Anhui, and R2 whoever starts the application.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { DEMO_HOLDERS, EMPLOYERS } from '../../../backend/seed'
import { call, makeApp, operator, signIn } from './helpers'

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(() => app.close())

let keySeq = 0
const key = () => `fid-${Date.now().toString(36)}-${++keySeq}`

function submit(token: string, body: unknown, idempotencyKey = key()) {
  return call(app, 'createApplication', { token, body, headers: { 'idempotency-key': idempotencyKey } })
}

async function refreshEmployment(token: string) {
  return call(app, 'refreshEmployment', { token })
}

async function certificate(token: string, id: string) {
  return (await call(app, 'getCertificate', { token, params: { certificateId: id } })).body.data
}

/** Plays the enterprise, city and province until the application is 办结. */
async function finish(id: string) {
  for (let i = 0; i < 8; i++) {
    const res = await operator(app, 'POST', `/applications/${id}/advance`)
    if (res.body.data.application.status !== 'IN_PROGRESS') return res.body.data.application
  }
  throw new Error('not finished')
}

const leftHolder = DEMO_HOLDERS.find((h) => h.key === 'left')!

describe("R3 revised: the certificate's enterprise files transfer out and cancellation", () => {
  test("a holder who left (now employed in Nanjing) can file 跨省转出; it goes to the certificate's enterprise", async () => {
    const token = await signIn(app, 'left')
    await refreshEmployment(token)
    const res = await submit(token, {
      type: 'TRANSFER_OUT',
      certificateId: 'cert-left-c2',
      fields: { targetProvince: '苏' },
    })
    expect(res.status).toBe(201)
    expect(res.body.data.filingEmployer).toEqual(EMPLOYERS.hfcj)
    const detail = await call(app, 'getApplication', { token, params: { applicationId: res.body.data.id } })
    expect(detail.body.data.steps[1]).toMatchObject({ label: '原聘用企业提交', state: 'CURRENT' })
  })

  test('…and 证书注销', async () => {
    const token = await signIn(app, 'left')
    const res = await submit(token, {
      type: 'CANCELLATION',
      certificateId: 'cert-left-c2',
      fields: { reason: '已于今年离职，不再从事安全生产管理工作' },
    })
    expect(res.status).toBe(201)
    expect(res.body.data.filingEmployer).toEqual(EMPLOYERS.hfcj)
  })

  test("renewal still needs the current 聘用关系 to be the certificate's enterprise (R3)", async () => {
    const token = await signIn(app, 'left')
    const res = await call(app, 'checkEligibility', {
      token,
      body: { type: 'RENEWAL', certificateId: 'cert-left-c2' },
    })
    expect(res.body.data.reasons.map((r: { code: string }) => r.code)).toContain('EMPLOYER_MISMATCH')
  })

  test('证书变更 to an enterprise registered in another province is refused, pointing to 跨省转出', async () => {
    const token = await signIn(app, 'left')
    const res = await submit(token, { type: 'CHANGE_EMPLOYER', certificateId: 'cert-left-c2', fields: {} })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('EMPLOYER_OUT_OF_PROVINCE')
    expect(res.body.error.message).toContain('跨省转出')
    expect(res.body.error.details.reasons[0].fix).toEqual({ kind: 'apply', type: 'TRANSFER_OUT' })
  })

  test("an old 组织机构代码 on the certificate matches the employer's credit code (R3)", async () => {
    const token = await signIn(app, 'old-code')
    const cert = await certificate(token, 'cert-oldcode-c3')
    expect(cert.employer.uscc).toHaveLength(9)
    expect(EMPLOYERS.xcaz.uscc.slice(8, 17)).toBe(cert.employer.uscc)
    const res = await submit(token, {
      type: 'RENEWAL',
      certificateId: 'cert-oldcode-c3',
      fields: { noAccidentPenalty: true, noBadConductRecord: true },
    })
    expect(res.status).toBe(201)
  })
})

describe('退回, corrected and resubmitted', () => {
  test('the same application returns to the step that sent it back, history kept, one record, idempotent', async () => {
    const token = await signIn(app, 'sent-back')
    const before = (await call(app, 'getApplication', { token, params: { applicationId: 'app-sent-back' } }))
      .body.data
    expect(before.steps[1]).toMatchObject({ state: 'SENT_BACK', fields: ['reason'] })
    const body = { fields: { reason: '本人已于2025年3月离职，今后不再从事安全生产管理工作' } }
    const headers = { 'idempotency-key': 'resubmit-fid-0001' }
    const params = { applicationId: 'app-sent-back' }
    const first = await call(app, 'resubmitApplication', { token, params, body, headers })
    const again = await call(app, 'resubmitApplication', { token, params, body, headers })
    expect(first.status).toBe(200)
    expect(again.body.data).toEqual(first.body.data)
    const after = first.body.data
    expect(after.id).toBe('app-sent-back')
    expect(after.createdAt).toBe(before.createdAt)
    expect(after.status).toBe('IN_PROGRESS')
    expect(after.steps[1]).toMatchObject({ label: '企业同意', state: 'CURRENT' })
    expect(after.history.map((e: { kind: string }) => e.kind)).toEqual([
      'SUBMITTED',
      'SENT_BACK',
      'RESUBMITTED',
    ])
    expect(after.history[1].reason).toContain('离职或退休的时间')
    const mine = (await call(app, 'listApplications', { token })).body.data
    expect(mine.map((a: { id: string }) => a.id)).toEqual(['app-sent-back'])
  })

  test('its own openness does not count against it (R2), but the rules run again', async () => {
    // The certificate expires while it waits: the correction is refused with the reason.
    await operator(app, 'PUT', '/clock', { now: '2026-10-20T02:00:00.000Z' })
    const late = await call(app, 'resubmitApplication', {
      token: await signIn(app, 'sent-back'),
      params: { applicationId: 'app-sent-back' },
      body: { fields: { reason: '本人已离职，不再从事安全生产管理工作' } },
      headers: { 'idempotency-key': 'resubmit-fid-0002' },
    })
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('CERTIFICATE_EXPIRED')
  })

  test('a reviewer can only name fields the holder fills in', async () => {
    const res = await operator(app, 'POST', '/applications/app-open-renewal/send-back', {
      reason: '请核对',
      fields: ['validUntil'],
    })
    expect(res.status).toBe(422)
    expect(res.body.error?.message).toContain('无安全生产事故处罚的声明')
  })
})

describe('信息变更', () => {
  test('at 办结 the certificate shows the new 职务 and photo, with a 变更记录 naming the request', async () => {
    const done = await finish('app-info-change')
    expect(done.status).toBe('COMPLETED')
    const token = await signIn(app, 'info-change')
    const cert = await certificate(token, 'cert-infochange-c3')
    expect(cert.position).toBe('安全部经理')
    expect(cert.photoUrl).toMatch(/^\/v1\/photos\/.+\.jpg$/)
    expect(cert.changes).toEqual([
      {
        at: expect.any(String),
        applicationId: 'app-info-change',
        applicationType: 'INFO_CHANGE',
        items: [
          { field: 'position', label: '职务', from: '专职安全员', to: '安全部经理' },
          { field: 'photo', label: '证书照片', to: '已更换为本人上传的蓝底证件照' },
        ],
      },
    ])
  })

  test('企业更名 keeps the credit code', async () => {
    const started = await operator(app, 'POST', '/info-change', {
      holder: 'valid',
      certificateId: 'cert-valid-c3',
      employerName: '庐江演示建设控股集团有限公司',
    })
    expect(started.status).toBe(200)
    await finish(started.body.data.application.id)
    const cert = await certificate(await signIn(app, 'valid'), 'cert-valid-c3')
    expect(cert.employer).toEqual({ name: '庐江演示建设控股集团有限公司', uscc: EMPLOYERS.ljjs.uscc })
    expect(cert.changes[0].items).toEqual([
      {
        field: 'employerName',
        label: '企业名称',
        from: EMPLOYERS.ljjs.name,
        to: '庐江演示建设控股集团有限公司',
      },
    ])
  })

  test('R2 holds whoever starts it: no 信息变更 while the holder has an open application, and none the other way', async () => {
    const valid = await signIn(app, 'valid')
    const open = await submit(valid, {
      type: 'TRANSFER_OUT',
      certificateId: 'cert-valid-c3',
      fields: { targetProvince: '浙' },
    })
    const blocked = await operator(app, 'POST', '/info-change', {
      holder: 'valid',
      certificateId: 'cert-valid-c3',
      position: '安全部经理',
    })
    expect(blocked.status).toBe(409)
    expect(blocked.body.error?.code).toBe('OPEN_APPLICATION_EXISTS')
    expect(blocked.body.error?.message).toContain(open.body.data.id)
    const token = await signIn(app, 'info-change')
    const own = await submit(token, {
      type: 'CANCELLATION',
      certificateId: 'cert-infochange-c3',
      fields: { reason: '已退休' },
    })
    expect(own.status).toBe(409)
    expect(own.body.error.details.applicationId).toBe('app-info-change')
  })
})

describe('强制调动', () => {
  test("the back office takes it instead of the old employer's confirmation; the timeline never says it confirmed", async () => {
    const token = await signIn(app, 'mismatch')
    await refreshEmployment(token)
    const created = await submit(token, {
      type: 'CHANGE_EMPLOYER',
      certificateId: 'cert-mismatch-a',
      fields: {},
    })
    expect(created.status).toBe(201)
    const id = created.body.data.id
    await operator(app, 'POST', `/applications/${id}/advance`)
    const forced = await operator(app, 'POST', `/applications/${id}/force-transfer`, {
      cause: 'NOT_COOPERATING',
    })
    expect(forced.status).toBe(200)
    const labels = forced.body.data.application.steps.map((s: { label: string }) => s.label)
    expect(labels).toEqual([
      '本人登记',
      '接收企业提交',
      '接收企业申请强制调动（原企业不配合）',
      '市级主管部门审批强制调动',
    ])
    const done = await finish(id)
    expect(done.steps.some((s: { actor: string }) => s.actor === 'OLD_EMPLOYER')).toBe(false)
    const cert = await certificate(token, 'cert-mismatch-a')
    expect(cert.employer).toEqual(EMPLOYERS.haj)
    const again = await operator(app, 'POST', `/applications/${id}/force-transfer`, { cause: 'DEREGISTERED' })
    expect(again.status).toBe(422)
  })
})

describe('跨省转入 checked against the national record', () => {
  const fields = (validUntil: string) => ({
    sourceNumber: '苏建安C2（2022）0034567',
    sourceProvince: '苏',
    category: 'C2',
    validUntil,
  })

  test("a typed 有效期至 that differs is explained with the platform's value; the right one goes through and is kept", async () => {
    const token = await signIn(app, 'transfer-in')
    const recorded = '2026-10-28' // 500 days after the test clock's today
    const check = await call(app, 'checkEligibility', {
      token,
      body: {
        type: 'TRANSFER_IN',
        sourceNumber: '苏建安C2（2022）0034567',
        category: 'C2',
        validUntil: '2026-11-28',
      },
    })
    expect(check.body.data.reasons).toEqual([
      expect.objectContaining({ code: 'SOURCE_DETAILS_MISMATCH', field: 'validUntil' }),
    ])
    expect(check.body.data.reasons[0].message).toContain(`全国平台记录的原证书有效期至为${recorded}`)
    const wrong = await submit(token, { type: 'TRANSFER_IN', fields: fields('2026-11-28') })
    expect(wrong.status).toBe(422)
    expect(wrong.body.error.code).toBe('SOURCE_DETAILS_MISMATCH')
    const ok = await submit(token, { type: 'TRANSFER_IN', fields: fields(recorded) })
    expect(ok.status).toBe(201)
    const done = await finish(ok.body.data.id)
    const cert = await certificate(token, done.certificateId)
    expect(cert.validUntil).toBe(recorded)
  })
})

describe('跨省变更批准证明', () => {
  test('not before 办结; then a PDF with the name, the masked ID number and the target province only', async () => {
    const token = await signIn(app, 'left')
    const created = await submit(token, {
      type: 'TRANSFER_OUT',
      certificateId: 'cert-left-c2',
      fields: { targetProvince: '苏' },
    })
    const params = { applicationId: created.body.data.id }
    const early = await call(app, 'getApprovalCertificate', { token, params })
    expect(early.status).toBe(404)
    await finish(created.body.data.id)
    const pdf = await call(app, 'getApprovalCertificate', { token, params })
    expect(pdf.status).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-')
    const file = join(mkdtempSync(join(tmpdir(), 'approval-')), 'approval.pdf')
    writeFileSync(file, pdf.raw)
    const text = spawnSync(process.execPath, ['tests/support/pdf-text.mjs', file], {
      encoding: 'utf8',
    }).stdout
    expect(text).toContain('跨省变更批准证明')
    expect(text).toContain(leftHolder.name)
    expect(text).toContain('皖建安C2（2016）0085678')
    expect(text).toContain('江苏省')
    expect(text).toContain(`${leftHolder.idNumber.slice(0, 3)}***********${leftHolder.idNumber.slice(-4)}`)
    expect(text).not.toContain(leftHolder.idNumber)
    // Another holder's approval is not found.
    const other = await call(app, 'getApprovalCertificate', { token: await signIn(app, 'valid'), params })
    expect(other.status).toBe(404)
  })
})

describe('B certificates: the 建造师 check explains the case', () => {
  test('a registration past 65 is void: renewal refused with that reason, and the profile says so', async () => {
    const token = await signIn(app, 'b-over-age')
    const profile = (await call(app, 'getProfile', { token })).body.data
    expect(profile.constructorRegistrations[0].status).toBe('OVER_AGE')
    const res = await call(app, 'checkEligibility', {
      token,
      body: { type: 'RENEWAL', certificateId: 'cert-overage-b' },
    })
    expect(res.body.data.reasons[0]).toMatchObject({ rule: 'R6', code: 'CONSTRUCTOR_REGISTRATION_MISSING' })
    expect(res.body.data.reasons[0].message).toContain('超过65周岁')
  })
})
