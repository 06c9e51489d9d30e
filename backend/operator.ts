/**
 * The operator interface (/__operator): plays the enterprise, the city and the province, sets the
 * clock, resets the demo data and injects faults. Development tool only: it answers on the loopback
 * interface only (not through a proxy), to the token printed at start (X-Operator-Token), with no
 * CORS, and takes JSON writes only; JSON in the same envelope as the holder API.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  advanceApplication,
  APPLICATION_TYPE_LABELS,
  checkStudyLink,
  completionEffect,
  currentStep,
  FORCED_TRANSFER_CAUSES,
  forceTransfer,
  HOME_PROVINCE,
  initialHistory,
  initialSteps,
  isExpired,
  isOpen,
  maskIdNumber,
  refuse,
  sendBack,
  STATUS_LABELS,
  validateUscc,
  type ForcedTransferCause,
} from '../src/domain'
import type { Services } from './context'
import { SCHEMA_REGISTRY_ID } from './contract'
import { fail, notFound, validationFailed } from './errors'
import type { FaultSpec } from './faults'
import { operatorGuard } from './guard'
import { sendData } from './http'
import type { CertificateChangeItem, InfoChangeRequest, LaunchTarget } from './model'
import { DEMO_HOLDERS, UNBOUND_PEOPLE } from './seed'
import type { ApplicationRecord, CertificateRecord, ResultRecord, UserRecord } from './store'
import { randomId } from './store'
import { translateErrors } from './validation'
import { recordNewPeriod, recordRenewal, resultView } from './learning'
import { expiryScheduleOf, recordStatusMessage } from './routes/reminders'
import { applicationView, certificateView } from './views'

type Body = Record<string, unknown>
type OperatorHandler = (request: FastifyRequest, body: Body) => unknown

const ref = (name: string) => ({ $ref: `${SCHEMA_REGISTRY_ID}#/$defs/${name}` })
const reasonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason: { type: 'string', title: '原因', minLength: 1, maxLength: 200 } },
}
const sendBackSchema = {
  ...reasonSchema,
  properties: {
    ...reasonSchema.properties,
    fields: {
      type: 'array',
      title: '需修改的内容',
      maxItems: 10,
      items: { type: 'string', minLength: 1, maxLength: 40 },
    },
  },
}

function findUser(services: Services, holder: string): UserRecord {
  const user = services.store.state.users.find(
    (u) => u.holderKey === holder || u.id === holder || u.loginKey === `demo:${holder}`,
  )
  if (!user) throw notFound(`没有演示人员或用户「${holder}」`)
  return user
}

function findApplication(services: Services, id: string): ApplicationRecord {
  const app = services.store.application(id)
  if (!app) throw notFound(`没有申请「${id}」`)
  return app
}

function replaceApplication(services: Services, next: ApplicationRecord): ApplicationRecord {
  const list = services.store.state.applications
  list[list.findIndex((a) => a.id === next.id)] = next
  return next
}

function holderKeyOf(services: Services, idNumber: string): { holder?: string; name?: string } {
  const user = services.store.state.users.find((u) => u.realName?.idNumber === idNumber)
  return { holder: user?.holderKey ?? user?.id, name: services.store.person(idNumber)?.name }
}

/** A fresh Anhui number for a certificate created by a transfer in. */
function newCertificateNumber(services: Services, category: string, year: string): string {
  const taken = new Set(services.store.state.certificates.map((c) => c.number))
  for (;;) {
    const serial = String(900000 + services.store.state.nextCertificateSerial++).padStart(7, '0')
    const number = `${HOME_PROVINCE}建安${category}（${year}）${serial}`
    if (!taken.has(number)) return number
  }
}

/** The change-log line of one field, or nothing when the value stays the same. */
function changed(field: CertificateChangeItem['field'], label: string, from?: string, to?: string) {
  return from === to ? [] : [{ field, label, ...(from ? { from } : {}), ...(to ? { to } : {}) }]
}

/** 办结 of an 信息变更: 职务, the enterprise's new name (same credit code) and the holder's photo. */
function applyInfoChange(
  services: Services,
  certificate: CertificateRecord,
  changes: InfoChangeRequest,
): CertificateChangeItem[] {
  const items: CertificateChangeItem[] = []
  if (changes.position) {
    items.push(...changed('position', '职务', certificate.position, changes.position))
    certificate.position = changes.position
  }
  if (changes.employerName) {
    items.push(...changed('employerName', '企业名称', certificate.employer.name, changes.employerName))
    certificate.employer = { ...certificate.employer, name: changes.employerName }
  }
  if (changes.photo) {
    const user = services.store.state.users.find((u) => u.realName?.idNumber === certificate.idNumber)
    if (user?.photo) {
      certificate.photoId = user.photo.photoId
      items.push({ field: 'photo', label: '证书照片', to: '已更换为本人上传的蓝底证件照' })
    }
  }
  return items
}

/**
 * 办结: what the completed application does to the certificate records (the domain's
 * completionEffect), written down in the certificate's 变更记录.
 */
function applyCompletion(services: Services, app: ApplicationRecord): ApplicationRecord {
  const { store, clock } = services
  const certificate = app.certificateId ? store.certificate(app.certificateId) : undefined
  const effect = completionEffect(
    app,
    certificate ? certificateView(certificate, store) : undefined,
    clock.today(),
  )
  const log = (target: CertificateRecord, items: CertificateChangeItem[]) => {
    if (!items.length) return
    const entry = { at: clock.nowIso(), applicationId: app.id, applicationType: app.type, items }
    target.changes = [...(target.changes ?? []), entry]
  }
  switch (effect.kind) {
    case 'extendValidity':
      if (certificate) {
        const before = certificate.validUntil
        log(certificate, changed('validUntil', '有效期至', before, effect.validUntil))
        certificate.validUntil = effect.validUntil
        recordRenewal(store, app, certificate, before, clock.today())
      }
      break
    case 'setRecordStatus':
      if (certificate) {
        const label = (s: typeof certificate.recordStatus) => STATUS_LABELS[s === 'ACTIVE' ? 'VALID' : s]
        log(
          certificate,
          changed('recordStatus', '证书状态', label(certificate.recordStatus), label(effect.status)),
        )
        certificate.recordStatus = effect.status
      }
      break
    case 'setEmployer':
      if (certificate) {
        log(certificate, changed('employer', '聘用企业', certificate.employer.name, effect.employer.name))
        certificate.employer = { ...effect.employer }
      }
      break
    case 'applyInfoChange':
      if (certificate) log(certificate, applyInfoChange(services, certificate, effect.changes))
      break
    case 'createCertificate': {
      const fields = app.fields as { sourceNumber?: string; validUntil?: string }
      const source = store.state.national.find((n) => n.number === app.certificateNumber)
      const today = clock.today()
      const created: CertificateRecord = {
        id: randomId('cert-', 6),
        idNumber: app.idNumber,
        number: newCertificateNumber(services, app.category, today.slice(0, 4)),
        category: app.category,
        employer: { ...(app.employer ?? { name: '', uscc: '' }) },
        issuedOn: today,
        // R7: the transferred certificate keeps its 有效期 (checked equal to what the holder typed).
        validUntil: source?.validUntil ?? fields.validUntil ?? today,
        recordStatus: 'ACTIVE',
        province: HOME_PROVINCE,
      }
      log(created, [{ field: 'recordStatus', label: '证书', to: `由${app.certificateNumber}转入` }])
      store.state.certificates.push(created)
      recordNewPeriod(store, created)
      if (source) source.nationalStatus = 'CANCELLED'
      return { ...app, certificateId: created.id }
    }
  }
  return app
}

function stateSummary(services: Services) {
  const { state } = services.store
  return {
    clock: { now: services.clock.nowIso(), today: services.clock.today(), offsetMs: services.clock.offset },
    ...state,
    photos: state.photos.map((p) => ({
      id: p.id,
      userId: p.userId,
      bytes: Math.floor((p.jpegBase64.length * 3) / 4),
      createdAt: p.createdAt,
    })),
    tokens: state.tokens.map((t) => ({
      userId: t.userId,
      issuedAt: t.issuedAt,
      expiresAt: t.expiresAt,
      revoked: t.revoked,
    })),
  }
}

function clockView(services: Services) {
  return { now: services.clock.nowIso(), today: services.clock.today(), offsetMs: services.clock.offset }
}

export function registerOperatorRoutes(app: FastifyInstance, services: Services, token: string): void {
  const { store, clock, faults } = services
  const guard = operatorGuard(services, token)

  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    schema: object | null,
    handler: OperatorHandler,
  ) => {
    const validate = schema ? services.bodyAjv.compile(schema) : null
    app.route({
      method,
      url: `/__operator${url}`,
      onRequest: guard,
      handler: async (request, reply) => {
        const body = (request.body ?? {}) as Body
        if (validate && !validate(body)) throw validationFailed(translateErrors(validate.errors ?? []))
        try {
          const data = await handler(request, body)
          return sendData(reply, services, 200, data ?? null)
        } finally {
          if (method !== 'GET') services.persist()
        }
      },
    })
  }
  const param = (request: FastifyRequest, name: string) =>
    String((request.params as Record<string, string>)[name])

  route('POST', '/reset', null, () => {
    services.reset()
    delete services.config.minClientVersion
    return { reset: true, clock: clockView(services) }
  })

  route('GET', '/state', null, () => stateSummary(services))

  route('GET', '/holders', null, () => ({
    loginDefault: store.state.loginDefault,
    holders: DEMO_HOLDERS.map((h) => ({
      key: h.key,
      name: h.name,
      idNumberMasked: maskIdNumber(h.idNumber),
      summary: h.summary,
      loginCode: `demo:${h.key}`,
    })),
    // Synthetic people for trying 实名认证 as a `demo:new:` user; their numbers are made up.
    unboundPeople: UNBOUND_PEOPLE.map((p) => ({
      name: p.name,
      idNumber: p.idNumber,
      phone: p.phone,
      certificates: p.certificates.length,
      bound: store.state.users.some((u) => u.realName?.idNumber === p.idNumber),
    })),
  }))

  route('GET', '/clock', null, () => clockView(services))
  route(
    'PUT',
    '/clock',
    {
      type: 'object',
      additionalProperties: false,
      required: ['now'],
      properties: { now: { type: 'string', format: 'date-time', title: '时间' } },
    },
    (_req, body) => {
      clock.set(String(body.now))
      return clockView(services)
    },
  )
  route('DELETE', '/clock', null, () => {
    clock.setOffset(0)
    return clockView(services)
  })

  route(
    'PUT',
    '/login-default',
    {
      type: 'object',
      additionalProperties: false,
      required: ['holder'],
      properties: { holder: { type: 'string', minLength: 1 } },
    },
    (_req, body) => {
      const holder = String(body.holder)
      if (!store.state.users.some((u) => u.holderKey === holder)) {
        throw validationFailed([{ field: 'holder', message: `没有演示人员「${holder}」` }])
      }
      store.state.loginDefault = holder
      return { loginDefault: holder }
    },
  )

  route(
    'POST',
    '/tokens/expire',
    { type: 'object', additionalProperties: false, properties: { holder: { type: 'string', minLength: 1 } } },
    (_req, body) => {
      const user = typeof body.holder === 'string' ? findUser(services, body.holder) : undefined
      return { expired: services.sessions.expire(user?.id) }
    },
  )

  route(
    'PUT',
    '/market',
    {
      type: 'object',
      additionalProperties: false,
      required: ['holder', 'employer'],
      properties: { holder: { type: 'string', minLength: 1 }, employer: ref('Employer'), since: ref('Date') },
    },
    (_req, body) => {
      const user = findUser(services, String(body.holder))
      if (!user.realName) throw fail('REALNAME_REQUIRED', '该用户尚未实名认证')
      const employer = body.employer as { name: string; uscc: string }
      const uscc = validateUscc(employer.uscc)
      if (!uscc.ok) throw validationFailed([{ field: 'employer.uscc', message: uscc.message }])
      const record = {
        idNumber: user.realName.idNumber,
        employer: { name: employer.name, uscc: uscc.value },
        since: String(body.since ?? clock.today()),
      }
      store.state.market = store.state.market.filter((m) => m.idNumber !== record.idNumber).concat(record)
      return { employer: record.employer, since: record.since }
    },
  )

  route('GET', '/applications', null, () =>
    [...store.state.applications]
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      .map((a) => ({ ...holderKeyOf(services, a.idNumber), application: applicationView(a) })),
  )

  route('POST', '/applications/:id/advance', null, (request) => {
    const before = findApplication(services, param(request, 'id'))
    const step = currentStep(before)
    let next: ApplicationRecord = { ...advanceApplication(before, clock.nowIso()), idNumber: before.idNumber }
    if (next.status === 'COMPLETED') next = applyCompletion(services, next)
    replaceApplication(services, next)
    recordStatusMessage(services, next)
    return { actedAs: step?.actor, step: step?.label, application: applicationView(next) }
  })

  route('POST', '/applications/:id/send-back', sendBackSchema, (request, body) => {
    const before = findApplication(services, param(request, 'id'))
    const fields = Array.isArray(body.fields) ? body.fields.map(String) : []
    const next = replaceApplication(services, {
      ...sendBack(before, String(body.reason), clock.nowIso(), fields),
      idNumber: before.idNumber,
    })
    recordStatusMessage(services, next)
    return { application: applicationView(next) }
  })

  // 强制调动: the receiving enterprise's 强制调动申请表 replaces the old employer's confirmation.
  route(
    'POST',
    '/applications/:id/force-transfer',
    {
      type: 'object',
      additionalProperties: false,
      required: ['cause'],
      properties: { cause: { type: 'string', enum: Object.keys(FORCED_TRANSFER_CAUSES), title: '原因' } },
    },
    (request, body) => {
      const before = findApplication(services, param(request, 'id'))
      const next = replaceApplication(services, {
        ...forceTransfer(before, body.cause as ForcedTransferCause, clock.nowIso()),
        idNumber: before.idNumber,
      })
      recordStatusMessage(services, next)
      return { application: applicationView(next) }
    },
  )

  route('POST', '/applications/:id/refuse', reasonSchema, (request, body) => {
    const before = findApplication(services, param(request, 'id'))
    const next = replaceApplication(services, {
      ...refuse(before, String(body.reason), clock.nowIso()),
      idNumber: before.idNumber,
    })
    recordStatusMessage(services, next)
    return { application: applicationView(next) }
  })

  route(
    'PUT',
    '/applications/:id/study',
    {
      type: 'object',
      additionalProperties: false,
      required: ['url', 'hoursRequired', 'hoursDone'],
      properties: {
        url: { type: 'string', minLength: 1, maxLength: 2048, title: '学习链接' },
        hoursRequired: { type: 'number', minimum: 0, maximum: 1000, title: '所需学时' },
        hoursDone: { type: 'number', minimum: 0, maximum: 1000, title: '已完成学时' },
      },
    },
    (request, body) => {
      const record = findApplication(services, param(request, 'id'))
      if (record.type !== 'RENEWAL') throw fail('VALIDATION_FAILED', '只有延期复核有学习环节')
      if (!isOpen(record)) throw fail('VALIDATION_FAILED', '该申请已结束，不能再发布学习链接')
      // The same strict check the app runs before opening it: https, an allowed host, nothing odd.
      const link = checkStudyLink(String(body.url), services.config.studyLinkHosts)
      if (!link.open) throw validationFailed([{ field: 'url', message: link.reason }])
      record.study = {
        url: link.url,
        hoursRequired: Number(body.hoursRequired),
        hoursDone: Number(body.hoursDone),
      }
      record.updatedAt = clock.nowIso()
      return { application: applicationView(record) }
    },
  )

  // 信息变更, started by the enterprise (R10): only for a verified person with an accepted photo,
  // and never while the person has another open application (R2, whoever starts it).
  route(
    'POST',
    '/info-change',
    {
      type: 'object',
      additionalProperties: false,
      required: ['holder', 'certificateId'],
      minProperties: 3,
      properties: {
        holder: { type: 'string', minLength: 1 },
        certificateId: { type: 'string', minLength: 1 },
        position: { type: 'string', minLength: 1, maxLength: 30, title: '新职务' },
        employerName: { type: 'string', minLength: 2, maxLength: 100, title: '企业新名称' },
        photo: { type: 'boolean', const: true, title: '更换证书照片' },
      },
    },
    (_req, body) => {
      const user = findUser(services, String(body.holder))
      if (!user.realName) throw fail('REALNAME_REQUIRED', '该持证人尚未完成实名认证，企业不能发起信息变更')
      if (!user.photo) throw fail('PHOTO_REQUIRED', '该持证人尚未上传蓝底证件照，企业不能发起信息变更')
      const cert = store.certificate(String(body.certificateId))
      if (!cert || cert.idNumber !== user.realName.idNumber) throw notFound('该持证人名下没有这本证书')
      if (cert.recordStatus !== 'ACTIVE' || isExpired(cert.validUntil, clock.today())) {
        throw fail('CERTIFICATE_NOT_ACTIVE', '该证书已过期、注销、转出或被暂扣，不能办理信息变更')
      }
      const open = store.state.applications.find((a) => a.idNumber === cert.idNumber && isOpen(a))
      if (open) {
        throw fail(
          'OPEN_APPLICATION_EXISTS',
          `该持证人尚有未办结的${APPLICATION_TYPE_LABELS[open.type]}（${open.id}），办结后才能发起信息变更`,
          { details: { applicationId: open.id } },
        )
      }
      const request: InfoChangeRequest = {
        ...(typeof body.position === 'string' ? { position: body.position.trim() } : {}),
        ...(typeof body.employerName === 'string' ? { employerName: body.employerName.trim() } : {}),
        ...(body.photo === true ? { photo: true } : {}),
      }
      const now = clock.nowIso()
      const record: ApplicationRecord = {
        id: randomId('app-', 8),
        idNumber: cert.idNumber,
        type: 'INFO_CHANGE',
        status: 'IN_PROGRESS',
        certificateId: cert.id,
        certificateNumber: cert.number,
        category: cert.category,
        createdAt: now,
        updatedAt: now,
        steps: initialSteps('INFO_CHANGE', now),
        history: initialHistory('INFO_CHANGE', now),
        fields: { ...request },
        employer: { ...cert.employer },
      }
      store.state.applications.push(record)
      recordStatusMessage(services, record)
      return { application: applicationView(record) }
    },
  )

  // The authority's own action on a certificate, outside any application: 注销 (e.g. 强制注销 offline),
  // 暂扣, or back to 有效. The verification page shows the new status from then on.
  route(
    'PUT',
    '/certificates/:id/status',
    {
      type: 'object',
      additionalProperties: false,
      required: ['recordStatus'],
      properties: { recordStatus: ref('CertificateRecordStatus') },
    },
    (request, body) => {
      const cert = store.certificate(param(request, 'id'))
      if (!cert) throw notFound(`没有证书「${param(request, 'id')}」`)
      cert.recordStatus = body.recordStatus as CertificateRecord['recordStatus']
      cert.updatedAt = clock.nowIso()
      return { certificate: certificateView(cert, store), updatedAt: cert.updatedAt }
    },
  )

  // A training or examining body reports a result to the register (学习与成绩, R14).
  route(
    'POST',
    '/results',
    {
      type: 'object',
      additionalProperties: false,
      required: ['holder', 'kind', 'category', 'takenOn', 'passed'],
      properties: {
        holder: { type: 'string', minLength: 1 },
        kind: { type: 'string', enum: ['FIRST_EXAM', 'CONTINUING_EDUCATION'], title: '成绩类别' },
        category: ref('CertificateCategory'),
        takenOn: ref('Date'),
        passed: { type: 'boolean', title: '是否合格' },
        score: { type: 'number', minimum: 0, maximum: 100, title: '分数' },
        organization: { type: 'string', minLength: 1, maxLength: 100, title: '考核机构' },
      },
    },
    (_req, body) => {
      const user = findUser(services, String(body.holder))
      if (!user.realName) throw fail('REALNAME_REQUIRED', '该用户尚未实名认证')
      const record: ResultRecord = {
        idNumber: user.realName.idNumber,
        kind: body.kind as ResultRecord['kind'],
        category: body.category as ResultRecord['category'],
        takenOn: String(body.takenOn),
        passed: body.passed === true,
        ...(typeof body.score === 'number' ? { score: body.score } : {}),
        organization:
          typeof body.organization === 'string'
            ? body.organization
            : '安徽省建设行业继续教育培训中心（示例）',
      }
      store.state.results.push(record)
      return { result: resultView(record) }
    },
  )

  // What the reminders would send: expiry reminders for everyone who accepted them, and the
  // status-change messages recorded so far (newest first; `subscribed` says whether it would go out).
  route('GET', '/reminders', null, () => ({
    today: clock.today(),
    scheduled: store.state.reminderSubscriptions
      .filter((sub) => sub.kinds.includes('EXPIRY'))
      .flatMap((sub) => {
        const user = store.user(sub.userId)
        if (!user) return []
        const holder = user.holderKey ?? user.id
        return expiryScheduleOf(services, user).map((r) => ({
          holder,
          name: user.realName?.name,
          certificateId: r.certificateId,
          certificateNumber: r.certificateNumber,
          kind: 'EXPIRY' as const,
          daysBefore: r.daysBefore,
          date: r.sendOn,
        }))
      })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    statusMessages: [...store.state.statusMessages].reverse().map((m) => ({
      ...holderKeyOf(services, m.idNumber),
      kind: 'APPLICATION_STATUS' as const,
      applicationId: m.applicationId,
      type: m.type,
      status: m.status,
      ...(m.step ? { step: m.step } : {}),
      subscribed: m.subscribed,
      date: m.at,
    })),
  }))

  // The oldest client the backend serves (GET /v1/config): older apps restart to update.
  route(
    'PUT',
    '/min-client-version',
    {
      type: 'object',
      additionalProperties: false,
      required: ['version'],
      properties: { version: { type: ['string', 'null'], pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' } },
    },
    (_req, body) => {
      if (typeof body.version === 'string') services.config.minClientVersion = body.version
      else delete services.config.minClientVersion
      return { minClientVersion: services.config.minClientVersion ?? null }
    },
  )

  route('GET', '/scenes', null, () => store.state.scenes)
  route(
    'POST',
    '/scenes',
    {
      type: 'object',
      additionalProperties: false,
      required: ['token', 'destination'],
      properties: {
        token: { type: 'string', minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_.~-]+$' },
        destination: ref('LaunchDestination'),
      },
    },
    (_req, body) => {
      store.state.scenes[String(body.token)] = body.destination as LaunchTarget
      return { token: body.token, destination: body.destination }
    },
  )

  route('GET', '/faults', null, () => faults.list())
  route(
    'POST',
    '/faults',
    {
      type: 'object',
      additionalProperties: false,
      required: ['route'],
      properties: {
        route: { type: 'string', minLength: 1, maxLength: 200, title: '接口' },
        latencyMs: { type: 'integer', minimum: 0, maximum: 120000 },
        status: { type: 'integer', enum: [401, 429, 500, 502, 503, 504] },
        drop: { type: 'boolean' },
        malformed: { type: 'boolean' },
        phase: { type: 'string', enum: ['before', 'after'] },
        times: { type: 'integer', minimum: 1 },
        holder: { type: 'string', minLength: 1, maxLength: 80, title: '演示人员' },
      },
    },
    (_req, body) => {
      const spec = body as unknown as FaultSpec
      const name = spec.route.trim()
      const known = services.contract.operations.some(
        (op) => op.operationId === name || name.toUpperCase().startsWith(`${op.method} `),
      )
      if (!known) throw validationFailed([{ field: 'route', message: '应为 operationId 或「METHOD /path」' }])
      if (!spec.latencyMs && !spec.status && !spec.drop && !spec.malformed) {
        throw validationFailed([
          { field: 'route', message: '请至少指定 latencyMs、status、drop 或 malformed 之一' },
        ])
      }
      return faults.add(spec)
    },
  )
  route('DELETE', '/faults/:id', null, (request) => ({ removed: faults.remove(param(request, 'id')) }))
  route('DELETE', '/faults', null, () => {
    faults.clear()
    return { cleared: true }
  })
}
