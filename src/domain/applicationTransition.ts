/**
 * What every transition of an application shares: the 办理记录 line it adds, the refusal when the
 * status does not allow it, the reviewer's reason, and how a step is reset.
 */
import { APPLICATION_STATUS_LABELS } from './applicationTypes'
import { DomainError } from './errors'
import type { Application, ApplicationEvent, ApplicationEventKind, ApplicationStep } from './types'

/** The application with one more line in its 办理记录. */
export function withEvent(
  app: Application,
  kind: ApplicationEventKind,
  step: Pick<ApplicationStep, 'label' | 'actor'>,
  at: string,
  extra: Pick<ApplicationEvent, 'reason' | 'fields'> = {},
): Application {
  const event: ApplicationEvent = { at, kind, actor: step.actor, step: step.label, ...extra }
  return { ...app, history: [...(app.history ?? []), event] }
}

export function refuseTransition(app: Application, action: string): never {
  throw new DomainError(
    'VALIDATION_FAILED',
    `该申请当前状态为「${APPLICATION_STATUS_LABELS[app.status]}」，不能${action}`,
  )
}

export function requireReason(reason: string, what: string): string {
  const value = (reason ?? '').trim()
  if (!value) throw new DomainError('VALIDATION_FAILED', `请填写${what}原因`)
  return value
}

export function indexOfState(app: Application, state: ApplicationStep['state']): number {
  const i = app.steps.findIndex((s) => s.state === state)
  if (i < 0) throw new DomainError('VALIDATION_FAILED', '该申请没有正在办理的环节，请刷新后重试')
  return i
}

/** Step without the reviewer's note and time (a redone or reopened step starts clean). */
export function clean(step: ApplicationStep, state: ApplicationStep['state']): ApplicationStep {
  const { at: _at, reason: _reason, ...rest } = step
  return { ...rest, state }
}
