/**
 * The application workflow as pure state transitions. The reference backend applies them when the
 * enterprise, city or province acts; the client only reads the result (timeline, next action).
 */
import { APPLICATION_STATUS_LABELS, APPLICATION_TYPE_LABELS } from './applicationTypes'
import { addYears } from './dates'
import { DomainError } from './errors'
import type {
  Actor,
  Application,
  ApplicationStatus,
  ApplicationStep,
  ApplicationType,
  Certificate,
  CertificateRecordStatus,
  Employer,
} from './types'

export { DomainError }

export interface StepTemplate {
  key: string
  label: string
  actor: Actor
}

/** Step keys that carry behaviour; the rest only need to be stable. */
export const STEP_KEYS = {
  study: 'study',
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
    { key: 'oldEmployerConfirm', label: '原企业确认', actor: 'OLD_EMPLOYER' },
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
  return { ...app, steps, status: last ? 'COMPLETED' : 'IN_PROGRESS', updatedAt: now }
}

/** 退回: the reviewer at the current step returns it to the holder with a reason. */
export function sendBack(app: Application, reason: string, now: string): Application {
  if (app.status !== 'IN_PROGRESS') refuseTransition(app, '退回')
  const why = requireReason(reason, '退回')
  const i = indexOfState(app, 'CURRENT')
  const steps = app.steps.map((s, j): ApplicationStep =>
    j === i ? { ...s, state: 'SENT_BACK', at: now, reason: why } : s,
  )
  return { ...app, steps, status: 'SENT_BACK', updatedAt: now }
}

/** The holder corrects a sent-back application: it goes to the first non-holder step again. */
export function resubmit(app: Application, fields: Record<string, unknown>, now: string): Application {
  if (app.status !== 'SENT_BACK') refuseTransition(app, '重新提交（只有被退回的申请可以重新提交）')
  const first = app.steps.findIndex((s) => s.actor !== 'HOLDER')
  const steps = app.steps.map((s, j): ApplicationStep => {
    if (j < first) return { ...clean(s, 'DONE'), at: now }
    if (j === first) return clean(s, 'CURRENT')
    return clean(s, 'PENDING')
  })
  return { ...app, fields: { ...fields }, steps, status: 'IN_PROGRESS', updatedAt: now }
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
  return { ...app, steps, status: 'REFUSED', updatedAt: now }
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
  return { ...app, steps, status: 'WITHDRAWN', updatedAt: now }
}

/** Latest reviewer's note (退回 or 未通过). */
function latestReason(app: Application): string | undefined {
  let found: ApplicationStep | undefined
  for (const s of app.steps) {
    if (s.reason && (!found || (s.at ?? '') >= (found.at ?? ''))) found = s
  }
  return found?.reason
}

const COMPLETED_TEXT: Record<ApplicationType, string> = {
  RENEWAL: '已办结，证书有效期已延长3年，可在首页查看',
  TRANSFER_IN: '已办结，证书已转入，可在首页查看',
  TRANSFER_OUT: '已办结，跨省变更批准证明请到原聘用企业领取',
  CHANGE_EMPLOYER: '已办结，证书上的聘用企业已变更',
  CANCELLATION: '已办结，证书已注销',
  INFO_CHANGE: '已办结，证书信息已更新',
}

/** Waiting texts per step key; other steps fall back to "等待<actor><label>". */
const WAITING_TEXT: Record<string, string> = {
  employerSubmit: '等待聘用企业提交',
  employerConsent: '等待聘用企业同意',
  oldEmployerConfirm: '等待原聘用企业确认。如原企业不配合或已注销，可请新聘用企业办理强制调动',
  cityReview: '等待市级主管部门审核',
  cityApproval: '等待市级主管部门审批',
  provinceReview: '等待省级主管部门审核学时',
}

/** What the holder must do (or wait for) now, in plain words. */
export function nextActionText(app: Application): string {
  switch (app.status) {
    case 'COMPLETED':
      return COMPLETED_TEXT[app.type]
    case 'WITHDRAWN':
      return '已撤回。如仍需办理，可重新申报'
    case 'REFUSED': {
      const reason = latestReason(app)
      return `未通过${reason ? `：${reason}` : ''}。如仍需办理，请按原因准备后重新申报，或咨询聘用企业`
    }
    case 'SENT_BACK': {
      const reason = latestReason(app) ?? '未注明原因'
      if (app.type === 'INFO_CHANGE') return `申请被退回：${reason}，请等待聘用企业修改后重新提交`
      return `申请被退回：${reason}，您可修改后重新提交或撤回`
    }
    case 'IN_PROGRESS':
      break
  }
  const step = currentStep(app)
  if (!step) return `${APPLICATION_TYPE_LABELS[app.type]}办理中，请稍后刷新查看进度`
  if (step.key === STEP_KEYS.study) {
    if (!app.study?.url) return '等待发布学习链接，发布后可在此打开学习'
    if (app.study.hoursDone < app.study.hoursRequired) {
      return `请打开学习链接完成学时（已完成${app.study.hoursDone}学时，需${app.study.hoursRequired}学时）`
    }
    return '学时已完成，等待省级主管部门审核学时'
  }
  if (app.type === 'TRANSFER_IN' && step.key === 'employerSubmit') {
    return '等待聘用企业提交变更申请并上传材料'
  }
  if (app.type === 'TRANSFER_OUT' && step.key === 'employerSubmit') return '等待原聘用企业提交'
  if (app.type === 'CHANGE_EMPLOYER' && step.key === 'employerSubmit') return '等待接收企业（新聘用企业）提交'
  if (step.actor === 'HOLDER') return `请完成「${step.label}」`
  return WAITING_TEXT[step.key] ?? `等待${ACTOR_LABELS[step.actor]}办理「${step.label}」`
}

export type CompletionEffect =
  | { kind: 'extendValidity'; validUntil: string }
  | { kind: 'setRecordStatus'; status: CertificateRecordStatus }
  | { kind: 'setEmployer'; employer: Employer }
  | { kind: 'createCertificate'; number?: undefined }
  | { kind: 'none' }

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
      return { kind: 'none' }
  }
}
