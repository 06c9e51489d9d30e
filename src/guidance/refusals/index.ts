/** Refusals: the table of explanations and next steps, and the look-ups that read it. */
export {
  FALLBACK_GUIDANCE,
  GUIDANCE,
  type Guidance,
  type GuidanceKey,
  type NextStep,
  type ReasonCode,
} from './table'
export { APPLY_FAQ, FIX_FAQ, faqForFix, faqForReason, guidanceFor, helpUrlFor, isGuidanceKey } from './lookup'
