/**
 * The application workflow as pure state transitions. The reference backend applies them when the
 * enterprise, city or province acts; the client only reads the result (timeline, next action).
 * Here: advancing, 强制调动, 未通过 and 撤回. Beside it: the steps (applicationSteps), 退回 and
 * 重新提交 (sendBack), the next action (nextAction) and 办结 (completion).
 */
import { APPLICATION_STATUS_LABELS } from './applicationTypes'
import { currentStep, isOpen, STEP_KEYS } from './applicationSteps'
import { clean, indexOfState, refuseTransition, requireReason, withEvent } from './applicationTransition'
import { DomainError } from './errors'
import type { Application, ApplicationStep } from './types'

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
