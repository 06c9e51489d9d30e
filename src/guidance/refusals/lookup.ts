/**
 * Looking up the refusal table: the guidance for a code (general help for one it does not know),
 * and the 常见问题 entry for a refusal reason or its fix.
 */
import type { FixAction } from '../../domain/eligibility'
import type { HolderApplicationType } from '../../domain/types'
import { ROUTES } from '../../routes'
import type { FaqId } from '../faq'
import { FALLBACK_GUIDANCE, GUIDANCE, type Guidance, type GuidanceKey } from './table'

export function isGuidanceKey(code: unknown): code is GuidanceKey {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(GUIDANCE, code)
}

export function guidanceFor(code: string | null | undefined): Guidance {
  return isGuidanceKey(code) ? GUIDANCE[code] : FALLBACK_GUIDANCE
}

/** The 常见问题 page opened at the entry that explains this code. */
export function helpUrlFor(code: string | null | undefined): string {
  return ROUTES.help(guidanceFor(code).faq)
}

/** The FAQ entry for each kind of fix a reason can carry; guide and apply fixes go by topic and type. */
export const FIX_FAQ: Record<Exclude<FixAction['kind'], 'guide' | 'apply'>, FaqId> = {
  realname: 'realname-why',
  photo: 'photo-why',
  refreshEmployment: 'no-employment',
  openApplication: 'one-at-a-time',
  waitUntil: 'renewal-window',
  editField: 'form-errors',
}

export const APPLY_FAQ: Record<HolderApplicationType, FaqId> = {
  RENEWAL: 'renewal-window',
  TRANSFER_IN: 'transfer-in',
  TRANSFER_OUT: 'transfer-out',
  CHANGE_EMPLOYER: 'change-employer',
  CANCELLATION: 'cancellation',
}

export function faqForFix(fix: FixAction): FaqId {
  if (fix.kind === 'guide') return GUIDANCE[fix.topic].faq
  if (fix.kind === 'apply') return APPLY_FAQ[fix.type]
  return FIX_FAQ[fix.kind]
}

/** The entry for a refusal reason: its code first; an unknown code falls back to its fix. */
export function faqForReason(reason: { code: string; fix?: FixAction }): FaqId {
  if (isGuidanceKey(reason.code)) return GUIDANCE[reason.code].faq
  return reason.fix ? faqForFix(reason.fix) : FALLBACK_GUIDANCE.faq
}
