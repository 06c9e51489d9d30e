import { CERTIFICATE_TYPES } from '../../domain/applicationTypes'
import { validateApplicationFields } from '../../domain/applicationFields'
import { ApiError } from '../../services/errors'
import { useApplications } from '../applications/store'
import {
  createApplication,
  resubmitApplication,
  type Application,
  type CreateApplicationRequest,
} from './api'
import { useApplyDrafts, type ApplyDraft } from './drafts'

export type BuiltRequest =
  { ok: true; body: CreateApplicationRequest } | { ok: false; fieldErrors: Record<string, string> }

/**
 * The request body for a draft, with the domain's own field checks (the backend runs the same
 * ones). Field errors are keyed by field name, plus `certificateId` when none is chosen.
 */
export function buildRequest(draft: ApplyDraft, today: string): BuiltRequest {
  const checked = validateApplicationFields(draft.type, draft.fields, today)
  const fieldErrors: Record<string, string> = checked.ok ? {} : { ...checked.fieldErrors }
  const needsCertificate = CERTIFICATE_TYPES.includes(draft.type)
  if (needsCertificate && !draft.certificateId) fieldErrors.certificateId = '请先选择要办理的证书'
  if (!checked.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  const body = needsCertificate
    ? { type: draft.type, certificateId: draft.certificateId, fields: checked.value }
    : { type: draft.type, fields: checked.value }
  return { ok: true, body: body as CreateApplicationRequest }
}

const inflight = new Map<string, Promise<Application>>()

export function isSubmitting(key: string): boolean {
  return inflight.has(key)
}

/**
 * Sends a draft: a new application, or the correction of a sent-back one. A second tap while the first is on its way gets the same promise, and every
 * attempt, the HTTP client's own retries included, carries the draft's one Idempotency-Key, so the
 * backend creates one application however often it is asked. On success the draft is cleared and
 * 办事 reloads; on failure the draft stays as typed.
 */
export function submitDraft(key: string, today: string): Promise<Application> {
  const running = inflight.get(key)
  if (running) return running
  const draft = useApplyDrafts.getState().drafts[key]
  if (!draft) {
    return Promise.reject(new ApiError('NOT_FOUND', '这份草稿已过期或已清除，请重新填写后提交'))
  }
  const built = buildRequest(draft, today)
  if (!built.ok) {
    const fields = Object.entries(built.fieldErrors).map(([name, message]) => ({
      field: name === 'certificateId' ? name : `fields.${name}`,
      message,
    }))
    return Promise.reject(new ApiError('VALIDATION_FAILED', '请按提示修改后再提交', 0, fields))
  }
  // A correction goes to the sent-back application itself: same number, its history kept.
  const sent = draft.resubmitOf
    ? resubmitApplication(draft.resubmitOf, { fields: built.body.fields }, draft.idempotencyKey)
    : createApplication(built.body, draft.idempotencyKey)
  const promise = sent
    .then((application) => {
      useApplyDrafts.getState().remove(key)
      void useApplications.getState().reload()
      return application
    })
    .finally(() => inflight.delete(key))
  inflight.set(key, promise)
  return promise
}
