/** How the backend's refusals read on the form: under the fields they concern, or in the banner. */
import type { ApiError } from '../../../services/errors'
import type { ReasonView } from '../../../guidance/fix'

/** Reasons the backend sent with a refusal (details.reasons), when they are well formed. */
export function reasonsFrom(err: ApiError): ReasonView[] | null {
  const raw = err.details.reasons
  if (!Array.isArray(raw)) return null
  const reasons = raw.filter(
    (r): r is ReasonView =>
      Boolean(r) &&
      typeof r.message === 'string' &&
      typeof r.fixLabel === 'string' &&
      typeof r.fix?.kind === 'string',
  )
  return reasons.length ? reasons : null
}

/** Fields the form shows a message under; any other field's message goes into the banner. */
const SHOWN_FIELDS = new Set([
  'certificateId',
  'noAccidentPenalty',
  'noBadConductRecord',
  'sourceNumber',
  'sourceProvince',
  'category',
  'validUntil',
  'targetProvince',
  'reason',
])

/** `fields.reason` -> `reason`; `certificateId` stays. */
export function fieldErrorsFrom(err: ApiError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of err.fields) out[f.field.replace(/^fields\./, '')] = f.message
  return out
}

/** The message plus whatever field messages have no place on the form. */
export function describe(err: ApiError): string {
  const extra = err.fields
    .filter((f) => !SHOWN_FIELDS.has(f.field.replace(/^fields\./, '')))
    .map((f) => f.message)
  return [err.message, ...extra].join('；').replace(/[。.]+$/, '')
}
