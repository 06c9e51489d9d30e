/**
 * 退回 and 重新提交: the reviewer returns an application to the holder with a reason and the fields
 * to correct; the holder corrects it and the same application goes back to the step that sent it.
 */
import { clean, indexOfState, refuseTransition, requireReason, withEvent } from './applicationTransition'
import { DomainError } from './errors'
import { FIELD_LABELS, HOLDER_FIELDS } from './fieldLabels'
import type { Application, ApplicationStep } from './types'

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
