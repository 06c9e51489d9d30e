/**
 * The workflow's shape: the steps of each application type, who acts at each, and where a new
 * application starts. The transitions that move through them are in applications.ts.
 */
import type {
  Actor,
  Application,
  ApplicationEvent,
  ApplicationStatus,
  ApplicationStep,
  ApplicationType,
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
