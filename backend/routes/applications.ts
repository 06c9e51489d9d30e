/**
 * 办事: the holder's applications. Submitting runs the domain's field validation, then the rules
 * R1-R10 (checkEligibility) as the authority; the workflow transitions are the domain's too.
 * Writes are serialised per user so that retried or concurrent submits create one record.
 */
import {
  checkEligibility,
  FILED_BY_CERTIFICATE_ENTERPRISE,
  initialHistory,
  initialSteps,
  parseCertificateNumber,
  resubmit,
  validateApplicationFields,
  withdraw,
  type EligibilityInput,
  type EligibilityVerdict,
  type SourceCertificate,
} from '../../src/domain'
import { approvalCertificatePdf } from '../documents/approval'
import { header, signedIn, type HandlerMap, type RequestContext, type Services } from '../context'
import { fail, notFound, validationFailed } from '../errors'
import type { ApplicationType, Certificate, HolderApplicationType } from '../model'
import {
  canonicalJson,
  randomId,
  sha256,
  type ApplicationRecord,
  type CertificateRecord,
  type UserRecord,
} from '../store'
import { schemaValidator, type FieldError } from '../validation'
import { resultsOf } from '../learning'
import { recordStatusMessage } from './reminders'
import { applicationsOf, applicationView, certificateView, profileView, visibleCertificates } from '../views'

/** The contract's schema for each type's fields (resubmit carries no type, so it is checked here). */
const FIELD_SCHEMAS: Record<ApplicationType, string | null> = {
  RENEWAL: 'RenewalFields',
  TRANSFER_IN: 'TransferInFields',
  TRANSFER_OUT: 'TransferOutFields',
  CHANGE_EMPLOYER: 'ChangeEmployerFields',
  CANCELLATION: 'CancellationFields',
  INFO_CHANGE: null,
}

interface CreateBody {
  type: HolderApplicationType
  certificateId?: string
  fields: Record<string, unknown>
}

function ownApplication(ctx: RequestContext, user: UserRecord): ApplicationRecord {
  const app = applicationsOf(user, ctx.services.store).find((a) => a.id === ctx.params.applicationId)
  // Another person's application is indistinguishable from one that does not exist.
  if (!app) throw notFound('未找到该申请，请返回「办事」刷新')
  return app
}

function replace(services: Services, next: ApplicationRecord): ApplicationRecord {
  const list = services.store.state.applications
  list[list.findIndex((a) => a.id === next.id)] = next
  return next
}

function fieldErrorsOf(errors: Record<string, string>): FieldError[] {
  return Object.entries(errors).map(([name, message]) => ({
    field: name === 'type' ? 'type' : `fields.${name}`,
    message,
  }))
}

/** R7: the original certificate as the national platform shows it; null when it is not this person's or unknown. */
function lookUpSource(services: Services, user: UserRecord, number: string): SourceCertificate | null {
  const record = services.store.state.national.find(
    (n) => n.number === number && n.idNumber === user.realName?.idNumber,
  )
  if (!record) return null
  const { province, category, validUntil, nationalStatus } = record
  return { number: record.number, province, category, validUntil, nationalStatus }
}

interface Situation {
  input: EligibilityInput
  certificate?: CertificateRecord
}

interface SituationOptions {
  /** TRANSFER_IN: the national record, and what the holder typed to compare with it (R7) */
  source?: SourceCertificate | null
  typedSource?: EligibilityInput['typedSource']
  /** A resubmission: the application being corrected is not another open one (R2) */
  exceptApplicationId?: string
}

/** Everything the rules need, from the backend's own records and clock. */
function situation(
  services: Services,
  user: UserRecord,
  type: ApplicationType,
  certificateId: string | undefined,
  options: SituationOptions = {},
): Situation {
  const { store, clock, config } = services
  const { source, typedSource, exceptApplicationId } = options
  let certificate: CertificateRecord | undefined
  let view: Certificate | undefined
  // Without 实名认证 there are no certificates to look in; R1 explains.
  if (user.realName && certificateId && type !== 'TRANSFER_IN') {
    certificate = visibleCertificates(user, store).find((c) => c.id === certificateId)
    if (!certificate) throw notFound('未找到该证书，请返回首页刷新证书')
    view = certificateView(certificate, store)
  }
  return {
    certificate,
    input: {
      type,
      certificate: view,
      sourceCertificate: type === 'TRANSFER_IN' ? source : undefined,
      ...(type === 'TRANSFER_IN' && typedSource ? { typedSource } : {}),
      profile: profileView(user, store, clock.today()),
      employment: user.realName ? user.employment : null,
      openApplications: applicationsOf(user, store)
        .filter((a) => a.id !== exceptApplicationId)
        .map(applicationView),
      results: user.realName ? resultsOf(store, user.realName.idNumber) : [],
      config,
      today: clock.today(),
    },
  }
}

/** The first blocking reason becomes the error; all reasons travel in details. */
function refusal(verdict: EligibilityVerdict) {
  const first = verdict.reasons[0]
  const details: Record<string, unknown> = { reasons: verdict.reasons }
  const open = verdict.reasons.find((r) => r.fix.kind === 'openApplication')
  if (open && open.fix.kind === 'openApplication') details.applicationId = open.fix.applicationId
  const wait = verdict.reasons.find((r) => r.fix.kind === 'waitUntil')
  if (wait && wait.fix.kind === 'waitUntil') details.opensOn = wait.fix.date
  return fail(first.code === 'TRANSFER_IN_EXPIRING' ? 'VALIDATION_FAILED' : first.code, first.message, {
    details,
  })
}

/** TRANSFER_IN: the national record of the typed number, and the typed 类别 and 有效期至 (R7). */
function transferInOptions(
  services: Services,
  user: UserRecord,
  type: ApplicationType,
  fields: Record<string, unknown>,
): SituationOptions {
  if (type !== 'TRANSFER_IN') return {}
  return {
    source: lookUpSource(services, user, String(fields.sourceNumber)),
    typedSource: { category: String(fields.category ?? ''), validUntil: String(fields.validUntil ?? '') },
  }
}

function idempotencyHash(operationId: string, scope: string, body: unknown): string {
  return sha256(canonicalJson({ operationId, scope, body }))
}

function create(ctx: RequestContext, user: UserRecord, key: string) {
  const { store, clock } = ctx.services
  const body = ctx.body as CreateBody
  const hash = idempotencyHash('createApplication', '', body)
  const prior = store.state.idempotency.find((r) => r.userId === user.id && r.key === key)
  if (prior) {
    if (prior.operationId !== 'createApplication' || prior.bodyHash !== hash)
      throw fail('IDEMPOTENCY_KEY_REUSED')
    const existing = store.application(prior.applicationId)
    if (existing) return { status: 200, data: applicationView(existing) }
  }

  const today = clock.today()
  const checked = validateApplicationFields(body.type, body.fields, today)
  if (!checked.ok) throw validationFailed(fieldErrorsOf(checked.fieldErrors))
  const fields = checked.value

  const { input, certificate } = situation(
    ctx.services,
    user,
    body.type,
    body.certificateId,
    transferInOptions(ctx.services, user, body.type, fields),
  )
  const verdict = checkEligibility(input)
  if (!verdict.allowed) throw refusal(verdict)
  // checkEligibility passed R1, so the person is verified from here on.
  const realName = user.realName
  if (!realName) throw fail('REALNAME_REQUIRED')
  if (body.type !== 'TRANSFER_IN' && !certificate) {
    throw validationFailed([{ field: 'certificateId', message: '请选择证书' }])
  }

  const now = clock.nowIso()
  const receiving = body.type === 'CHANGE_EMPLOYER' || body.type === 'TRANSFER_IN'
  const app: ApplicationRecord = {
    id: randomId('app-', 8),
    idNumber: realName.idNumber,
    type: body.type,
    status: 'IN_PROGRESS',
    ...(certificate ? { certificateId: certificate.id } : {}),
    certificateNumber: certificate ? certificate.number : String(fields.sourceNumber),
    category: certificate ? certificate.category : (fields.category as Certificate['category']),
    createdAt: now,
    updatedAt: now,
    steps: initialSteps(body.type, now),
    history: initialHistory(body.type, now),
    fields,
    // The employer receiving the certificate is whoever holds the 聘用关系 now.
    ...(receiving && user.employment ? { employer: { ...user.employment.employer } } : {}),
    // R3: transfer out and cancellation are filed by the certificate's own enterprise.
    ...(certificate && FILED_BY_CERTIFICATE_ENTERPRISE.includes(body.type)
      ? { filingEmployer: { ...certificate.employer } }
      : {}),
  }
  store.state.applications.push(app)
  store.state.idempotency.push({
    userId: user.id,
    key,
    operationId: 'createApplication',
    bodyHash: hash,
    applicationId: app.id,
    createdAt: now,
  })
  return { status: 201, data: applicationView(app) }
}

function resubmitOwn(ctx: RequestContext, user: UserRecord, key: string) {
  const { store, clock, bodyAjv } = ctx.services
  const app = ownApplication(ctx, user)
  const body = ctx.body as { fields: Record<string, unknown> }
  const hash = idempotencyHash('resubmitApplication', app.id, body)
  const prior = store.state.idempotency.find((r) => r.userId === user.id && r.key === key)
  if (prior) {
    if (prior.operationId !== 'resubmitApplication' || prior.bodyHash !== hash)
      throw fail('IDEMPOTENCY_KEY_REUSED')
    return { status: 200, data: applicationView(app) }
  }
  const schema = FIELD_SCHEMAS[app.type]
  if (schema) {
    const structural = schemaValidator(bodyAjv, schema, 'fields')(body.fields)
    if (structural.length) throw validationFailed(structural)
  }
  const checked = validateApplicationFields(app.type, body.fields, clock.today())
  if (!checked.ok) throw validationFailed(fieldErrorsOf(checked.fieldErrors))
  if (app.type !== 'INFO_CHANGE' && app.status === 'SENT_BACK') {
    // The rules again, as on a first submit, with this application not counted as another open one.
    const { input } = situation(ctx.services, user, app.type, app.certificateId, {
      ...transferInOptions(ctx.services, user, app.type, checked.value),
      exceptApplicationId: app.id,
    })
    const verdict = checkEligibility(input)
    if (!verdict.allowed) throw refusal(verdict)
  }
  const corrected = resubmit(app, checked.value, clock.nowIso())
  // A corrected 证书变更 or 跨省转入 goes to whoever holds the 聘用关系 now.
  const receiving = app.type === 'CHANGE_EMPLOYER' || app.type === 'TRANSFER_IN'
  const next = replace(ctx.services, {
    ...corrected,
    ...(receiving && user.employment ? { employer: { ...user.employment.employer } } : {}),
    idNumber: app.idNumber,
  })
  recordStatusMessage(ctx.services, next)
  store.state.idempotency.push({
    userId: user.id,
    key,
    operationId: 'resubmitApplication',
    bodyHash: hash,
    applicationId: app.id,
    createdAt: clock.nowIso(),
  })
  return { status: 200, data: applicationView(next) }
}

export const applicationHandlers: HandlerMap = {
  listApplications(ctx) {
    const user = signedIn(ctx)
    return { data: applicationsOf(user, ctx.services.store).map(applicationView) }
  },

  getApplication(ctx) {
    return { data: applicationView(ownApplication(ctx, signedIn(ctx))) }
  },

  createApplication(ctx) {
    const user = signedIn(ctx)
    const key = header(ctx, 'Idempotency-Key') ?? ''
    return ctx.services.locks.run(user.id, () => create(ctx, user, key))
  },

  withdrawApplication(ctx) {
    const user = signedIn(ctx)
    return ctx.services.locks.run(user.id, () => {
      const app = ownApplication(ctx, user)
      // Withdrawing twice (a retry after a lost answer) is not an error.
      if (app.status === 'WITHDRAWN') return { data: applicationView(app) }
      const next = replace(ctx.services, {
        ...withdraw(app, ctx.services.clock.nowIso()),
        idNumber: app.idNumber,
      })
      recordStatusMessage(ctx.services, next)
      return { data: applicationView(next) }
    })
  },

  async getApprovalCertificate(ctx) {
    const app = ownApplication(ctx, signedIn(ctx))
    if (app.type !== 'TRANSFER_OUT' || app.status !== 'COMPLETED') {
      throw notFound('跨省变更批准证明在跨省转出办结后才能查看')
    }
    return {
      raw: true,
      contentType: 'application/pdf',
      body: await approvalCertificatePdf(app, ctx.services.store),
      headers: {
        'Content-Disposition': 'inline; filename="transfer-out-approval.pdf"',
        'Cache-Control': 'private, no-store',
      },
    }
  },

  resubmitApplication(ctx) {
    const user = signedIn(ctx)
    const key = header(ctx, 'Idempotency-Key') ?? ''
    return ctx.services.locks.run(user.id, () => resubmitOwn(ctx, user, key))
  },

  checkEligibility(ctx) {
    const user = signedIn(ctx)
    const body = ctx.body as {
      type: HolderApplicationType
      certificateId?: string
      sourceNumber?: string
      category?: string
      validUntil?: string
      applicationId?: string
    }
    const options: SituationOptions = {}
    if (body.applicationId !== undefined) {
      const corrected = applicationsOf(user, ctx.services.store).find((a) => a.id === body.applicationId)
      if (!corrected || corrected.status !== 'SENT_BACK')
        throw notFound('未找到这条被退回的申请，请返回「办事」刷新')
      options.exceptApplicationId = corrected.id
    }
    if (body.type === 'TRANSFER_IN' && body.sourceNumber !== undefined) {
      const parsed = parseCertificateNumber(body.sourceNumber)
      if (!parsed.ok) throw validationFailed([{ field: 'sourceNumber', message: parsed.message }])
      options.source = lookUpSource(ctx.services, user, parsed.value)
      options.typedSource = { category: body.category, validUntil: body.validUntil }
    }
    const { input } = situation(ctx.services, user, body.type, body.certificateId, options)
    return { data: checkEligibility(input) }
  },
}
