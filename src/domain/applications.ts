/**
 * The application workflow as pure state transitions. The reference backend applies them when the
 * enterprise, city or province acts; the client only reads the result (timeline, next action).
 */
import { APPLICATION_STATUS_LABELS, APPLICATION_TYPE_LABELS } from './applicationTypes'
import { addYears } from './dates'
import { DomainError } from './errors'
import { FIELD_LABELS, HOLDER_FIELDS } from './fieldLabels'
import type {
  Actor,
  Application,
  ApplicationEvent,
  ApplicationEventKind,
  ApplicationStatus,
  ApplicationStep,
  ApplicationType,
  Certificate,
  CertificateRecordStatus,
  Employer,
  InfoChangeRequest,
} from './types'

export interface StepTemplate {
  key: string
  label: string
  actor: Actor
}

/** Step keys that carry behaviour; the rest only need to be stable. */
export const STEP_KEYS = {
  study: 'study',
  oldEmployerConfirm: 'oldEmployerConfirm',
  forcedTransferRequest: 'forcedTransferRequest',
  forcedTransferApproval: 'forcedTransferApproval',
} as const

export const STEP_TEMPLATES: Record<ApplicationType, StepTemplate[]> = {
  RENEWAL: [
    { key: 'holderSubmit', label: '本人申报', actor: 'HOLDER' },
    { key: 'employerSubmit', label: '聘用企业提交', actor: 'EMPLOYER' },
    { key: 'cityReview', label: '市级审核', actor: 'CITY' },
    { key: STEP_KEYS.study, label: '学习', actor: 'HOLDER' },
    { key: 'provinceReview', label: '省级学时审核', actor: 'PROVINCE' },
  ],
  TRANSFER_IN: [
    { key: 'holderRegister', label: '本人登记', actor: 'HOLDER' },
    { key: 'employerSubmit', label: '聘用企业提交变更申请', actor: 'EMPLOYER' },
    { key: 'cityApproval', label: '市级审批', actor: 'CITY' },
  ],
  TRANSFER_OUT: [
    { key: 'holderSubmit', label: '本人申请', actor: 'HOLDER' },
    { key: 'employerSubmit', label: '原聘用企业提交', actor: 'EMPLOYER' },
    { key: 'cityApproval', label: '市级审批', actor: 'CITY' },
  ],
  CHANGE_EMPLOYER: [
    { key: 'holderRegister', label: '本人登记', actor: 'HOLDER' },
    { key: 'employerSubmit', label: '接收企业提交', actor: 'EMPLOYER' },
    { key: STEP_KEYS.oldEmployerConfirm, label: '原企业确认', actor: 'OLD_EMPLOYER' },
    { key: 'cityApproval', label: '市级审批', actor: 'CITY' },
  ],
  CANCELLATION: [
    { key: 'holderSubmit', label: '本人申请', actor: 'HOLDER' },
    { key: 'employerConsent', label: '企业同意', actor: 'EMPLOYER' },
    { key: 'cityApproval', label: '市级审批', actor: 'CITY' },
  ],
  INFO_CHANGE: [
    { key: 'employerSubmit', label: '企业申请', actor: 'EMPLOYER' },
    { key: 'cityApproval', label: '市级审批', actor: 'CITY' },
  ],
}

export const ACTOR_LABELS: Record<Actor, string> = {
  HOLDER: '本人',
  EMPLOYER: '聘用企业',
  OLD_EMPLOYER: '原聘用企业',
  CITY: '市级主管部门',
  PROVINCE: '省级主管部门',
}

/** R2: only these count as "not finished". */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['IN_PROGRESS', 'SENT_BACK']

export function isOpen(app: Pick<Application, 'status'>): boolean {
  return OPEN_STATUSES.includes(app.status)
}

/**
 * Steps of a new application: whoever starts it (the holder, or the enterprise for INFO_CHANGE)
 * has done the first step at `now`; the second is current.
 */
export function initialSteps(type: ApplicationType, now: string): ApplicationStep[] {
  return STEP_TEMPLATES[type].map((t, i) => ({
    key: t.key,
    label: t.label,
    actor: t.actor,
    state: i === 0 ? 'DONE' : i === 1 ? 'CURRENT' : 'PENDING',
    ...(i === 0 ? { at: now } : {}),
  }))
}

/** The application with one more line in its 办理记录. */
function withEvent(
  app: Application,
  kind: ApplicationEventKind,
  step: Pick<ApplicationStep, 'label' | 'actor'>,
  at: string,
  extra: Pick<ApplicationEvent, 'reason' | 'fields'> = {},
): Application {
  const event: ApplicationEvent = { at, kind, actor: step.actor, step: step.label, ...extra }
  return { ...app, history: [...(app.history ?? []), event] }
}

/** A new application's 办理记录: whoever started it (the first step) submitted it at `now`. */
export function initialHistory(type: ApplicationType, now: string): ApplicationEvent[] {
  const first = STEP_TEMPLATES[type][0]
  return [{ at: now, kind: 'SUBMITTED', actor: first.actor, step: first.label }]
}

/** The step waiting for someone (CURRENT, or SENT_BACK while the holder decides); none once closed. */
export function currentStep(app: Application): ApplicationStep | undefined {
  if (!isOpen(app)) return undefined
  return app.steps.find((s) => s.state === 'CURRENT' || s.state === 'SENT_BACK')
}

function refuseTransition(app: Application, action: string): never {
  throw new DomainError(
    'VALIDATION_FAILED',
    `该申请当前状态为「${APPLICATION_STATUS_LABELS[app.status]}」，不能${action}`,
  )
}

function requireReason(reason: string, what: string): string {
  const value = (reason ?? '').trim()
  if (!value) throw new DomainError('VALIDATION_FAILED', `请填写${what}原因`)
  return value
}

function indexOfState(app: Application, state: ApplicationStep['state']): number {
  const i = app.steps.findIndex((s) => s.state === state)
  if (i < 0) throw new DomainError('VALIDATION_FAILED', '该申请没有正在办理的环节，请刷新后重试')
  return i
}

/** Step without the reviewer's note and time (a redone or reopened step starts clean). */
function clean(step: ApplicationStep, state: ApplicationStep['state']): ApplicationStep {
  const { at: _at, reason: _reason, ...rest } = step
  return { ...rest, state }
}

/** The current step is done; the next one becomes current, or the application is 办结. */
export function advanceApplication(app: Application, now: string): Application {
  if (app.status !== 'IN_PROGRESS') refuseTransition(app, '继续办理')
  const i = indexOfState(app, 'CURRENT')
  const step = app.steps[i]
  if (app.type === 'RENEWAL' && step.key === STEP_KEYS.study) {
    // The province reviews hours only after the holder has studied them.
    if (!app.study?.url) throw new DomainError('VALIDATION_FAILED', '尚未发布学习链接，学习环节不能通过')
    if (app.study.hoursDone < app.study.hoursRequired) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `学时未完成（已完成${app.study.hoursDone}学时，需${app.study.hoursRequired}学时），学习环节不能通过`,
      )
    }
  }
  const last = i === app.steps.length - 1
  const steps = app.steps.map((s, j): ApplicationStep => {
    if (j === i) return { ...clean(s, 'DONE'), at: now }
    if (j === i + 1) return clean(s, 'CURRENT')
    return s
  })
  const next = withEvent(app, 'ADVANCED', step, now)
  return { ...next, steps, status: last ? 'COMPLETED' : 'IN_PROGRESS', updatedAt: now }
}

/**
 * 退回: the reviewer at the current step returns it to the holder with a reason and, where it is
 * about what the holder filled in, the fields to correct (only fields the holder's form has).
 */
export function sendBack(app: Application, reason: string, now: string, fields: string[] = []): Application {
  if (app.status !== 'IN_PROGRESS') refuseTransition(app, '退回')
  const why = requireReason(reason, '退回')
  const allowed = HOLDER_FIELDS[app.type]
  const unknown = fields.filter((f) => !allowed.includes(f))
  if (unknown.length) {
    throw new DomainError(
      'VALIDATION_FAILED',
      allowed.length
        ? `退回时只能指出本人填写的内容：${allowed.map((f) => FIELD_LABELS[f]).join('、')}`
        : '该类申请没有本人填写的内容，退回时不能指出需修改的内容',
    )
  }
  const named = [...new Set(fields)]
  const i = indexOfState(app, 'CURRENT')
  const steps = app.steps.map((s, j): ApplicationStep =>
    j === i
      ? { ...s, state: 'SENT_BACK', at: now, reason: why, ...(named.length ? { fields: named } : {}) }
      : s,
  )
  const next = withEvent(app, 'SENT_BACK', app.steps[i], now, {
    reason: why,
    ...(named.length ? { fields: named } : {}),
  })
  return { ...next, steps, status: 'SENT_BACK', updatedAt: now }
}

/** The fields the reviewer asked the holder to correct, with their labels (empty when none were named). */
export function fieldsToCorrect(app: Application): { name: string; label: string }[] {
  const step = app.status === 'SENT_BACK' ? app.steps.find((s) => s.state === 'SENT_BACK') : undefined
  return (step?.fields ?? []).map((name) => ({ name, label: FIELD_LABELS[name] ?? name }))
}

/** The step that sent the application back, with the reviewer's reason (none unless SENT_BACK). */
export function latestSendBack(app: Application): ApplicationStep | undefined {
  return app.status === 'SENT_BACK' ? app.steps.find((s) => s.state === 'SENT_BACK') : undefined
}

/** Only the holder's own types, and only while sent back, can be corrected and resubmitted. */
export function canResubmit(app: Application): boolean {
  return app.type !== 'INFO_CHANGE' && app.status === 'SENT_BACK'
}

/**
 * The holder corrects a sent-back application: the same application (same number, its history
 * kept) goes back to the step that sent it back, with the corrected fields.
 */
export function resubmit(app: Application, fields: Record<string, unknown>, now: string): Application {
  if (!canResubmit(app)) refuseTransition(app, '重新提交（只有被退回的申请可以重新提交）')
  const i = indexOfState(app, 'SENT_BACK')
  const steps = app.steps.map((s, j): ApplicationStep => (j === i ? clean(s, 'CURRENT') : s))
  const holderStep = app.steps.find((s) => s.actor === 'HOLDER') ?? app.steps[0]
  const next = withEvent(app, 'RESUBMITTED', holderStep, now)
  return { ...next, fields: { ...fields }, steps, status: 'IN_PROGRESS', updatedAt: now }
}

/** Why the old employer's confirmation is replaced by 强制调动 (seed 000: 原企业不配合或原企业已注销). */
export type ForcedTransferCause = 'NOT_COOPERATING' | 'DEREGISTERED'

export const FORCED_TRANSFER_CAUSES: Record<ForcedTransferCause, string> = {
  NOT_COOPERATING: '原企业不配合',
  DEREGISTERED: '原企业已注销',
}

/**
 * 强制调动: while a 证书变更 waits for the old employer's confirmation, the receiving enterprise
 * files the 强制调动申请表 instead and the city approves the forced transfer. The timeline then says
 * so; it never shows the old employer as having confirmed.
 */
export function forceTransfer(app: Application, cause: ForcedTransferCause, now: string): Application {
  const current = app.status === 'IN_PROGRESS' ? currentStep(app) : undefined
  if (app.type !== 'CHANGE_EMPLOYER' || current?.key !== STEP_KEYS.oldEmployerConfirm) {
    throw new DomainError('VALIDATION_FAILED', '只有正在等待原企业确认的证书变更可以转为强制调动')
  }
  const request: ApplicationStep = {
    key: STEP_KEYS.forcedTransferRequest,
    label: `接收企业申请强制调动（${FORCED_TRANSFER_CAUSES[cause]}）`,
    actor: 'EMPLOYER',
    state: 'DONE',
    at: now,
  }
  const approval: ApplicationStep = {
    key: STEP_KEYS.forcedTransferApproval,
    label: '市级主管部门审批强制调动',
    actor: 'CITY',
    state: 'CURRENT',
  }
  const steps = app.steps.flatMap((s): ApplicationStep[] => {
    if (s.key === STEP_KEYS.oldEmployerConfirm) return [request]
    if (s.key === 'cityApproval') return [approval]
    return [s]
  })
  const next = withEvent(app, 'FORCED_TRANSFER', request, now, { reason: FORCED_TRANSFER_CAUSES[cause] })
  return { ...next, steps, updatedAt: now }
}

/**
 * 未通过: final refusal at the step that was deciding. That step is marked DONE (it acted) with
 * the reason; nextActionText shows the reason.
 */
export function refuse(app: Application, reason: string, now: string): Application {
  if (!isOpen(app)) refuseTransition(app, '设为未通过')
  const why = requireReason(reason, '不通过')
  const i = app.steps.findIndex((s) => s.state === 'CURRENT' || s.state === 'SENT_BACK')
  const steps = app.steps.map((s, j): ApplicationStep =>
    j === i ? { ...s, state: 'DONE', at: now, reason: why } : s,
  )
  const next = withEvent(app, 'REFUSED', app.steps[i] ?? app.steps[0], now, { reason: why })
  return { ...next, steps, status: 'REFUSED', updatedAt: now }
}

/**
 * 撤回 is the holder's: allowed while sent back, or while no enterprise or authority has acted yet.
 * INFO_CHANGE belongs to the enterprise and is never withdrawn by the holder.
 */
export function canWithdraw(app: Application): boolean {
  if (app.type === 'INFO_CHANGE') return false
  if (app.status === 'SENT_BACK') return true
  if (app.status !== 'IN_PROGRESS') return false
  return !app.steps.some((s) => s.actor !== 'HOLDER' && s.state === 'DONE')
}

export function withdraw(app: Application, now: string): Application {
  if (!canWithdraw(app)) {
    const message = isOpen(app)
      ? app.type === 'INFO_CHANGE'
        ? '信息变更由聘用企业发起，如需撤回请联系聘用企业'
        : '企业或主管部门已经办理，不能撤回；如需变更，请联系聘用企业'
      : `该申请${APPLICATION_STATUS_LABELS[app.status]}，无需撤回`
    throw new DomainError('NOT_WITHDRAWABLE', message)
  }
  // Nothing is waiting any more: a current step goes back to "not started"; a sent-back one keeps its note.
  const steps = app.steps.map((s): ApplicationStep => (s.state === 'CURRENT' ? clean(s, 'PENDING') : s))
  const holderStep = app.steps.find((s) => s.actor === 'HOLDER') ?? app.steps[0]
  const next = withEvent(app, 'WITHDRAWN', holderStep, now)
  return { ...next, steps, status: 'WITHDRAWN', updatedAt: now }
}

/** Latest reviewer's note (退回 or 未通过). */
function latestReason(app: Application): string | undefined {
  let found: ApplicationStep | undefined
  for (const s of app.steps) {
    if (s.reason && (!found || (s.at ?? '') >= (found.at ?? ''))) found = s
  }
  return found?.reason
}

/**
 * What the holder can do about an application in the app, each shown as a button on 办事详情:
 * correct and resubmit, withdraw, open the study link, look at the certificate, open the
 * 跨省变更批准证明, or file the request again.
 */
export type NextActionKind =
  'resubmit' | 'withdraw' | 'study' | 'viewCertificate' | 'approvalCertificate' | 'applyAgain'

export interface NextAction {
  text: string
  /** Every action the text offers has its button; a text without actions names who acts or where to go. */
  actions: NextActionKind[]
}

const COMPLETED: Record<ApplicationType, NextAction> = {
  RENEWAL: { text: '已办结，证书有效期已延长3年，可在证书详情查看', actions: ['viewCertificate'] },
  TRANSFER_IN: { text: '已办结，证书已转入安徽，可在证书详情查看', actions: ['viewCertificate'] },
  TRANSFER_OUT: {
    text:
      '已办结。接下来：原聘用企业登录安管人员考核管理系统，下载并打印「跨省变更批准证明」；证明须到市级主管部门盖章；' +
      '您再持盖章的证明到转入省份办理转入。可点下方按钮查看批准证明。',
    actions: ['approvalCertificate'],
  },
  CHANGE_EMPLOYER: { text: '已办结，证书上的聘用企业已变更，可在证书详情查看', actions: ['viewCertificate'] },
  CANCELLATION: { text: '已办结，证书已注销，可在证书详情查看', actions: ['viewCertificate'] },
  INFO_CHANGE: {
    text: '已办结，证书信息已更新，变更内容见证书详情的「变更记录」',
    actions: ['viewCertificate'],
  },
}

/** Waiting texts per step key; other steps fall back to "等待<actor><label>". */
const WAITING_TEXT: Record<string, string> = {
  employerSubmit: '等待聘用企业提交',
  employerConsent: '等待证书上的企业同意',
  [STEP_KEYS.oldEmployerConfirm]:
    '等待原聘用企业确认。如原企业不配合或已注销，可请新聘用企业申请强制调动，由市级主管部门审批',
  [STEP_KEYS.forcedTransferApproval]: '已转为强制调动，等待市级主管部门审批强制调动',
  cityReview: '等待市级主管部门审核',
  cityApproval: '等待市级主管部门审批',
  provinceReview: '等待省级主管部门审核学时',
}

/** What the holder must do (or wait for) now, in plain words, and the buttons that do it. */
export function nextAction(app: Application): NextAction {
  const holderType = app.type !== 'INFO_CHANGE'
  switch (app.status) {
    case 'COMPLETED':
      return COMPLETED[app.type]
    case 'WITHDRAWN':
      return { text: '已撤回。如仍需办理，可重新申报', actions: holderType ? ['applyAgain'] : [] }
    case 'REFUSED': {
      const reason = latestReason(app)
      const why = `未通过${reason ? `：${reason}` : ''}。`
      return holderType
        ? { text: `${why}如仍需办理，请按原因准备后重新申报，或咨询聘用企业`, actions: ['applyAgain'] }
        : { text: `${why}如有疑问，请咨询聘用企业`, actions: [] }
    }
    case 'SENT_BACK': {
      const reason = latestReason(app) ?? '未注明原因'
      if (!holderType) return { text: `申请被退回：${reason}。请等待聘用企业修改后重新提交`, actions: [] }
      const fields = fieldsToCorrect(app).map((f) => f.label)
      const which = fields.length ? `（需修改：${fields.join('、')}）` : ''
      return {
        text: `申请被退回：${reason}${which}。请点「修改后重新提交」改正后再提交，或撤回申请`,
        actions: ['resubmit', 'withdraw'],
      }
    }
    case 'IN_PROGRESS':
      break
  }
  const step = currentStep(app)
  const wait = (text: string): NextAction => ({ text, actions: [] })
  if (!step) return wait(`${APPLICATION_TYPE_LABELS[app.type]}办理中，请稍后刷新查看进度`)
  if (step.key === STEP_KEYS.study) {
    if (!app.study?.url) return wait('等待市级主管部门发布学习链接，发布后可在此打开学习')
    if (app.study.hoursDone < app.study.hoursRequired) {
      return {
        text: `请打开学习链接完成学时（已完成${app.study.hoursDone}学时，需${app.study.hoursRequired}学时）`,
        actions: ['study'],
      }
    }
    return wait('学时已完成，等待省级主管部门审核学时')
  }
  if (app.type === 'TRANSFER_IN' && step.key === 'employerSubmit') {
    return wait('等待接收企业提交变更申请并上传材料')
  }
  if (app.type === 'TRANSFER_OUT' && step.key === 'employerSubmit') {
    const name = app.filingEmployer ? `「${app.filingEmployer.name}」` : ''
    return wait(`等待原聘用企业${name}上传解聘证明、新单位劳动合同等材料并提交`)
  }
  if (app.type === 'CANCELLATION' && step.key === 'employerConsent') {
    const name = app.filingEmployer ? `「${app.filingEmployer.name}」` : ''
    return wait(`等待证书上的企业${name}同意注销。企业不配合或已注销时，可线下申请强制注销`)
  }
  if (app.type === 'CHANGE_EMPLOYER' && step.key === 'employerSubmit') {
    return wait('等待接收企业（新聘用企业）提交')
  }
  if (step.actor === 'HOLDER') return wait(`请完成「${step.label}」`)
  return wait(WAITING_TEXT[step.key] ?? `等待${ACTOR_LABELS[step.actor]}办理「${step.label}」`)
}

export function nextActionText(app: Application): string {
  return nextAction(app).text
}

/** The study link is offered only while the study step is open. */
export function isStudying(app: Application): boolean {
  return app.type === 'RENEWAL' && app.status === 'IN_PROGRESS' && currentStep(app)?.key === STEP_KEYS.study
}

export type CompletionEffect =
  | { kind: 'extendValidity'; validUntil: string }
  | { kind: 'setRecordStatus'; status: CertificateRecordStatus }
  | { kind: 'setEmployer'; employer: Employer }
  | { kind: 'createCertificate'; number?: undefined }
  | { kind: 'applyInfoChange'; changes: InfoChangeRequest }

/** Renewal extends validity by this many years from the old 有效期截止日期 (not from today). */
export const RENEWAL_EXTENSION_YEARS = 3

/**
 * What 办结 does to the certificate. Only for COMPLETED applications, so an effect is never
 * applied early by mistake.
 */
export function completionEffect(
  app: Application,
  certificate: Certificate | undefined,
  _today: string,
): CompletionEffect {
  if (app.status !== 'COMPLETED') refuseTransition(app, '生效')
  switch (app.type) {
    case 'RENEWAL':
      if (!certificate) throw new DomainError('NOT_FOUND', '未找到延期复核对应的证书')
      return { kind: 'extendValidity', validUntil: addYears(certificate.validUntil, RENEWAL_EXTENSION_YEARS) }
    case 'TRANSFER_OUT':
      return { kind: 'setRecordStatus', status: 'TRANSFERRED_OUT' }
    case 'CANCELLATION':
      return { kind: 'setRecordStatus', status: 'CANCELLED' }
    case 'CHANGE_EMPLOYER':
      if (!app.employer) throw new DomainError('VALIDATION_FAILED', '证书变更缺少接收企业，无法办结')
      return { kind: 'setEmployer', employer: { ...app.employer } }
    case 'TRANSFER_IN':
      return { kind: 'createCertificate' }
    case 'INFO_CHANGE':
      return { kind: 'applyInfoChange', changes: infoChangeRequestOf(app) }
  }
}

/** INFO_CHANGE: the enterprise's request as stored in the application's fields. */
export function infoChangeRequestOf(app: Pick<Application, 'fields'>): InfoChangeRequest {
  const f = (app.fields ?? {}) as Record<string, unknown>
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
  const request: InfoChangeRequest = {}
  const position = text(f.position)
  const employerName = text(f.employerName)
  if (position) request.position = position
  if (employerName) request.employerName = employerName
  if (f.photo === true) request.photo = true
  return request
}

/** 信息变更 items in words: 照片变更、职务变更（安全部经理）、企业更名（…）. */
export function infoChangeItems(request: InfoChangeRequest): string[] {
  const items: string[] = []
  if (request.photo) items.push('证书照片变更')
  if (request.position) items.push(`职务变更（${request.position}）`)
  if (request.employerName) items.push(`企业更名（${request.employerName}）`)
  return items
}
