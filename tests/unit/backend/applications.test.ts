import type { FastifyInstance } from 'fastify'
import { call, certificateOf, CHINESE, makeApp, operator, signIn } from './helpers'

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(() => app.close())

const RENEWAL_FIELDS = { noAccidentPenalty: true, noBadConductRecord: true }
let keySeq = 0
const newKey = () => `key-${Date.now().toString(36)}-${++keySeq}`

function submit(token: string, body: unknown, key = newKey()) {
  return call(app, 'createApplication', { token, body, headers: { 'idempotency-key': key } })
}

async function stateApplications(): Promise<Array<{ id: string }>> {
  return (await operator<{ applications: Array<{ id: string }> }>(app, 'GET', '/state')).body.data
    .applications
}

describe('createApplication', () => {
  test('renewal-ready: a RENEWAL is created with its steps; then R2 refuses a second one, naming it', async () => {
    const token = await signIn(app, 'renewal-ready')
    const cert = await certificateOf(app, token)
    const res = await submit(token, { type: 'RENEWAL', certificateId: cert.id, fields: RENEWAL_FIELDS })
    expect(res.status).toBe(201)
    expect(res.body.data).toMatchObject({
      type: 'RENEWAL',
      status: 'IN_PROGRESS',
      certificateId: cert.id,
      certificateNumber: cert.number,
      category: 'C2',
      fields: RENEWAL_FIELDS,
      createdAt: expect.any(String),
    })
    expect(res.body.data.steps.map((s: { actor: string; state: string }) => `${s.actor}:${s.state}`)).toEqual(
      ['HOLDER:DONE', 'EMPLOYER:CURRENT', 'CITY:PENDING', 'HOLDER:PENDING', 'PROVINCE:PENDING'],
    )
    const list = await call(app, 'listApplications', { token })
    expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([res.body.data.id])

    const second = await submit(token, {
      type: 'CANCELLATION',
      certificateId: cert.id,
      fields: { reason: '已退休' },
    })
    expect(second.status).toBe(409)
    expect(second.body.error).toMatchObject({
      code: 'OPEN_APPLICATION_EXISTS',
      message: expect.stringContaining('您尚有未办结的申请事项'),
      details: {
        applicationId: res.body.data.id,
        reasons: [{ rule: 'R2', fix: { kind: 'openApplication' } }],
      },
    })
  })

  test('open-app: the seeded open RENEWAL blocks new applications (R2)', async () => {
    const token = await signIn(app, 'open-app')
    const [open] = (await call(app, 'listApplications', { token })).body.data
    expect(open).toMatchObject({ id: 'app-open-renewal', status: 'IN_PROGRESS' })
    expect(open.steps.find((s: { state: string }) => s.state === 'CURRENT').actor).toBe('CITY')
    const cert = await certificateOf(app, token)
    const res = await submit(token, {
      type: 'TRANSFER_OUT',
      certificateId: cert.id,
      fields: { targetProvince: '江苏省' },
    })
    expect(res.body.error).toMatchObject({
      code: 'OPEN_APPLICATION_EXISTS',
      details: { applicationId: 'app-open-renewal' },
    })
  })

  test('R3: mismatch is fine on the stale record, refused once 聘用关系 is refreshed', async () => {
    const token = await signIn(app, 'mismatch')
    const cert = await certificateOf(app, token)
    const before = await call(app, 'checkEligibility', {
      token,
      body: { type: 'RENEWAL', certificateId: cert.id },
    })
    expect(before.body.data).toEqual({ allowed: true, reasons: [], warnings: [] })
    await call(app, 'refreshEmployment', { token })
    const res = await submit(token, { type: 'RENEWAL', certificateId: cert.id, fields: RENEWAL_FIELDS })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'EMPLOYER_MISMATCH',
      message: expect.stringContaining('安管人员聘用企业与申报企业不一致'),
      details: { reasons: [{ rule: 'R3', fix: { kind: 'refreshEmployment' } }] },
    })
    expect(await stateApplications()).toHaveLength(3) // only the three seeded ones
  })

  test('R4: an expired certificate cannot be renewed; a valid one not before its window opens', async () => {
    const expired = await signIn(app, 'expired')
    const res = await submit(expired, {
      type: 'RENEWAL',
      certificateId: (await certificateOf(app, expired)).id,
      fields: RENEWAL_FIELDS,
    })
    expect(res.body.error).toMatchObject({
      code: 'CERTIFICATE_EXPIRED',
      details: { reasons: [{ rule: 'R4' }] },
    })

    const valid = await signIn(app, 'valid')
    const cert = await certificateOf(app, valid)
    const early = await submit(valid, { type: 'RENEWAL', certificateId: cert.id, fields: RENEWAL_FIELDS })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('RENEWAL_WINDOW_NOT_OPEN')
    expect(early.body.error.details.opensOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(early.body.error.message).toContain(early.body.error.details.opensOn)
  })

  test('R6: a B renewal needs a 建造师 registration at the employer', async () => {
    const without = await signIn(app, 'b-no-constructor')
    const res = await submit(without, {
      type: 'RENEWAL',
      certificateId: (await certificateOf(app, without)).id,
      fields: RENEWAL_FIELDS,
    })
    expect(res.body.error).toMatchObject({
      code: 'CONSTRUCTOR_REGISTRATION_MISSING',
      details: { reasons: [{ rule: 'R6' }] },
    })
    const withReg = await signIn(app, 'expiring')
    const ok = await submit(withReg, {
      type: 'RENEWAL',
      certificateId: (await certificateOf(app, withReg)).id,
      fields: RENEWAL_FIELDS,
    })
    expect(ok.status).toBe(201)
  })

  test('R7: transfer in needs the source marked 办理转出 on the national platform; it records the receiving employer', async () => {
    const token = await signIn(app, 'transfer-in')
    const unmarked = {
      sourceNumber: '浙建安C3(2023)0045678',
      sourceProvince: '浙江省',
      category: 'C3',
      validUntil: '2027-05-16',
    }
    const refused = await submit(token, { type: 'TRANSFER_IN', fields: unmarked })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      details: { reasons: [{ rule: 'R7' }] },
    })

    const check = await call(app, 'checkEligibility', {
      token,
      body: { type: 'TRANSFER_IN', sourceNumber: '苏建安C2（2022）0034567' },
    })
    expect(check.body.data.allowed).toBe(true)

    const marked = {
      sourceNumber: '苏建安C2(2022)0034567',
      sourceProvince: '苏',
      category: 'C2',
      validUntil: '2026-10-28',
    }
    const created = await submit(token, { type: 'TRANSFER_IN', fields: marked })
    expect(created.status).toBe(201)
    expect(created.body.data).toMatchObject({
      type: 'TRANSFER_IN',
      certificateNumber: '苏建安C2（2022）0034567',
      category: 'C2',
      employer: { name: '皖三演示工程有限公司' },
      fields: { sourceNumber: '苏建安C2（2022）0034567', sourceProvince: '苏' },
    })
    expect(created.body.data.certificateId).toBeUndefined()
  })

  test('R1: a user without 实名认证 is sent to verify first', async () => {
    const token = await signIn(app, 'demo:new:x')
    const res = await submit(token, {
      type: 'RENEWAL',
      certificateId: 'cert-valid-c3',
      fields: RENEWAL_FIELDS,
    })
    expect(res.status).toBe(403)
    expect(res.body.error).toMatchObject({
      code: 'REALNAME_REQUIRED',
      details: { reasons: [{ rule: 'R1', fix: { kind: 'realname' } }] },
    })
  })

  test('field errors come before the rules, as fields.<name>, in Chinese', async () => {
    const token = await signIn(app, 'valid')
    const cert = await certificateOf(app, token)
    const empty = await submit(token, {
      type: 'CANCELLATION',
      certificateId: cert.id,
      fields: { reason: ' ' },
    })
    expect(empty.status).toBe(422)
    expect(empty.body.error.fields).toEqual([
      { field: 'fields.reason', message: expect.stringMatching(/^请填写注销原因/) },
    ])

    const declarations = await submit(token, {
      type: 'RENEWAL',
      certificateId: cert.id,
      fields: { noAccidentPenalty: false, noBadConductRecord: true },
    })
    expect(declarations.body.error.fields).toEqual([
      { field: 'fields.noAccidentPenalty', message: expect.stringMatching(CHINESE) },
    ])

    const schema = await submit(token, { type: 'RENEWAL', fields: { noAccidentPenalty: 'yes' } })
    expect(schema.status).toBe(422)
    expect(schema.body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'certificateId', message: '请填写证书' },
        { field: 'fields.noAccidentPenalty', message: expect.stringContaining('类型不正确') },
        { field: 'fields.noBadConductRecord', message: '请填写无不良行为记录的声明' },
      ]),
    )
    const wrongType = await submit(token, { type: 'INFO_CHANGE', certificateId: cert.id, fields: {} })
    expect(wrongType.body.error.fields).toEqual([{ field: 'type', message: '业务类型的取值不在允许范围内' }])

    for (const key of [undefined, 'short', 'has space in it']) {
      const res = await call(app, 'createApplication', {
        token,
        body: { type: 'CANCELLATION', certificateId: cert.id, fields: { reason: '退休' } },
        headers: key ? { 'idempotency-key': key } : {},
      })
      expect(res.status).toBe(422)
      expect(res.body.error.fields[0].field).toBe('Idempotency-Key')
      expect(res.body.error.fields[0].message).toMatch(CHINESE)
    }
  })

  test("another holder's certificate is NOT_FOUND", async () => {
    const token = await signIn(app, 'valid')
    const res = await submit(token, {
      type: 'CANCELLATION',
      certificateId: 'cert-expired-c2',
      fields: { reason: '退休' },
    })
    expect(res.status).toBe(404)
    expect(
      (await call(app, 'getCertificate', { token, params: { certificateId: 'cert-expired-c2' } })).status,
    ).toBe(404)
  })
})

describe('idempotency', () => {
  test('the same key and body: 201 then 200 with the same application, one record', async () => {
    const token = await signIn(app, 'renewal-ready')
    const body = { type: 'RENEWAL', certificateId: 'cert-renewal-ready-c2', fields: RENEWAL_FIELDS }
    const first = await submit(token, body, 'same-key-0001')
    const second = await submit(
      token,
      { fields: RENEWAL_FIELDS, certificateId: 'cert-renewal-ready-c2', type: 'RENEWAL' },
      'same-key-0001',
    )
    expect([first.status, second.status]).toEqual([201, 200])
    expect(second.body.data.id).toBe(first.body.data.id)
    expect(await stateApplications()).toHaveLength(4) // the three seeded ones and this one
  })

  test('the same key with a different body is IDEMPOTENCY_KEY_REUSED', async () => {
    const token = await signIn(app, 'valid')
    const first = await submit(
      token,
      { type: 'CANCELLATION', certificateId: 'cert-valid-c3', fields: { reason: '已退休' } },
      'reused-key-01',
    )
    expect(first.status).toBe(201)
    const second = await submit(
      token,
      { type: 'CANCELLATION', certificateId: 'cert-valid-c3', fields: { reason: '换工作' } },
      'reused-key-01',
    )
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  test('keys are per user: another user may use the same key', async () => {
    const a = await signIn(app, 'valid')
    const b = await signIn(app, 'renewal-ready')
    expect(
      (
        await submit(
          a,
          { type: 'CANCELLATION', certificateId: 'cert-valid-c3', fields: { reason: '已退休' } },
          'shared-key-1',
        )
      ).status,
    ).toBe(201)
    expect(
      (
        await submit(
          b,
          { type: 'RENEWAL', certificateId: 'cert-renewal-ready-c2', fields: RENEWAL_FIELDS },
          'shared-key-1',
        )
      ).status,
    ).toBe(201)
  })

  test('10 concurrent submits with one key create one application', async () => {
    const token = await signIn(app, 'renewal-ready')
    const body = { type: 'RENEWAL', certificateId: 'cert-renewal-ready-c2', fields: RENEWAL_FIELDS }
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => submit(token, body, 'concurrent-key-1')),
    )
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
    expect(answers.filter((a) => a.status === 200)).toHaveLength(9)
    expect(new Set(answers.map((a) => a.body.data.id)).size).toBe(1)
    const mine = (await call(app, 'listApplications', { token })).body.data
    expect(mine).toHaveLength(1)
  })
})

describe('withdraw and resubmit', () => {
  async function renewal(token: string) {
    return (
      await submit(token, { type: 'RENEWAL', certificateId: 'cert-renewal-ready-c2', fields: RENEWAL_FIELDS })
    ).body.data
  }

  test('withdraw while the enterprise has not acted; again returns it; then a new application is possible', async () => {
    const token = await signIn(app, 'renewal-ready')
    const created = await renewal(token)
    const res = await call(app, 'withdrawApplication', { token, params: { applicationId: created.id } })
    expect(res.status).toBe(200)
    expect(res.body.data.status).toBe('WITHDRAWN')
    const again = await call(app, 'withdrawApplication', {
      token,
      params: { applicationId: created.id },
      headers: { 'idempotency-key': 'withdraw-01' },
    })
    expect(again.status).toBe(200)
    expect(again.body.data).toEqual(res.body.data)
    expect((await renewal(token)).status).toBe('IN_PROGRESS')
  })

  test('NOT_WITHDRAWABLE once the enterprise has acted; allowed again after 退回', async () => {
    const token = await signIn(app, 'open-app')
    const res = await call(app, 'withdrawApplication', {
      token,
      params: { applicationId: 'app-open-renewal' },
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('NOT_WITHDRAWABLE')
    await operator(app, 'POST', '/applications/app-open-renewal/send-back', { reason: '材料不全' })
    const after = await call(app, 'withdrawApplication', {
      token,
      params: { applicationId: 'app-open-renewal' },
    })
    expect(after.body.data.status).toBe('WITHDRAWN')
  })

  test("another holder's application is NOT_FOUND for read, withdraw and resubmit", async () => {
    const token = await signIn(app, 'valid')
    const params = { applicationId: 'app-open-renewal' }
    expect((await call(app, 'getApplication', { token, params })).status).toBe(404)
    expect((await call(app, 'withdrawApplication', { token, params })).status).toBe(404)
    const resubmitted = await call(app, 'resubmitApplication', {
      token,
      params,
      body: { fields: RENEWAL_FIELDS },
      headers: { 'idempotency-key': 'resub-other-1' },
    })
    expect(resubmitted.status).toBe(404)
  })

  test('resubmit a sent-back application: fields checked by type, idempotent, only from SENT_BACK', async () => {
    const token = await signIn(app, 'valid')
    const created = (
      await submit(token, {
        type: 'CANCELLATION',
        certificateId: 'cert-valid-c3',
        fields: { reason: '退休' },
      })
    ).body.data
    const params = { applicationId: created.id }
    const early = await call(app, 'resubmitApplication', {
      token,
      params,
      body: { fields: { reason: '本人已退休' } },
      headers: { 'idempotency-key': 'resub-early-1' },
    })
    expect(early.status).toBe(422)
    expect(early.body.error.message).toContain('只有被退回的申请可以重新提交')

    await operator(app, 'POST', '/applications/' + created.id + '/advance')
    const back = await operator(app, 'POST', `/applications/${created.id}/send-back`, {
      reason: '请写明退休时间',
    })
    expect(back.body.data.application.status).toBe('SENT_BACK')

    const wrong = await call(app, 'resubmitApplication', {
      token,
      params,
      body: { fields: { targetProvince: '苏' } },
      headers: { 'idempotency-key': 'resub-wrong-1' },
    })
    expect(wrong.status).toBe(422)
    expect(wrong.body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'fields.targetProvince', message: '不支持的字段「targetProvince」' },
        { field: 'fields.reason', message: '请填写注销原因' },
      ]),
    )

    const body = { fields: { reason: '本人已于2025年5月退休' } }
    const ok = await call(app, 'resubmitApplication', {
      token,
      params,
      body,
      headers: { 'idempotency-key': 'resub-ok-0001' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.data).toMatchObject({ status: 'IN_PROGRESS', fields: body.fields })
    // Back to the step that sent it back: the city, the enterprise's consent kept.
    expect(ok.body.data.id).toBe(created.id)
    expect(ok.body.data.steps.find((s: { state: string }) => s.state === 'CURRENT').actor).toBe('CITY')
    const retry = await call(app, 'resubmitApplication', {
      token,
      params,
      body,
      headers: { 'idempotency-key': 'resub-ok-0001' },
    })
    expect(retry.status).toBe(200)
    expect(retry.body.data).toEqual(ok.body.data)
  })
})

describe('checkEligibility', () => {
  test("returns the server's verdict, with fixes and warnings", async () => {
    const token = await signIn(app, 'valid')
    const early = await call(app, 'checkEligibility', {
      token,
      body: { type: 'RENEWAL', certificateId: 'cert-valid-c3' },
    })
    expect(early.body.data.allowed).toBe(false)
    expect(early.body.data.reasons[0]).toMatchObject({
      rule: 'R4',
      code: 'RENEWAL_WINDOW_NOT_OPEN',
      fix: { kind: 'waitUntil' },
    })

    const ready = await signIn(app, 'renewal-ready')
    const ok = await call(app, 'checkEligibility', {
      token: ready,
      body: { type: 'RENEWAL', certificateId: 'cert-renewal-ready-c2' },
    })
    expect(ok.body.data).toEqual({ allowed: true, reasons: [], warnings: [] })

    const bad = await call(app, 'checkEligibility', {
      token: ready,
      body: { type: 'TRANSFER_IN', sourceNumber: 'XYZ' },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.error.fields[0].field).toBe('sourceNumber')
  })

  test('warns when a transferred certificate has fewer than 90 days left (R7)', async () => {
    // 500 days of validity at the start; 430 days on, 70 are left. (Sessions do not last that long.)
    await operator(app, 'PUT', '/clock', {
      now: new Date(Date.parse('2025-06-15T02:00:00Z') + 430 * 86_400_000).toISOString(),
    })
    const token = await signIn(app, 'transfer-in')
    const res = await call(app, 'checkEligibility', {
      token,
      body: { type: 'TRANSFER_IN', sourceNumber: '苏建安C2（2022）0034567' },
    })
    expect(res.body.data.allowed).toBe(true)
    expect(res.body.data.warnings).toEqual([
      expect.objectContaining({ rule: 'R7', code: 'TRANSFER_IN_EXPIRING' }),
    ])
  })
})
