/** The eligibility rules' vocabulary: what is asked (input) and what they answer (reasons, verdict). */
import type {
  Application,
  ApplicationType,
  Certificate,
  CertificateCategory,
  ClientConfig,
  Employment,
  HolderProfile,
  Schemas,
} from './types'

/** The rule a reason comes from (R1-R10, R14). */
export type RuleId = EligibilityReason['rule']

/** The 办理说明 topics a refusal can point to (offline routes). */
export type GuideTopic = Schemas['GuideTopic']

/** The fix the client offers for a reason: a page to open, a field to correct, a date to wait for. */
export type FixAction = Schemas['FixAction']

/**
 * One failing rule: its code (an error code, or TRANSFER_IN_EXPIRING for the R7 warning), the
 * message, the fix, and the form field concerned when it is one (R7's comparison with the
 * national record).
 */
export type EligibilityReason = Schemas['EligibilityReason']

/** Every failing rule (reasons) and the non-blocking warnings. */
export type EligibilityVerdict = Schemas['EligibilityVerdict']

/** The original certificate of a transfer in, as the national platform shows it (R7). */
export interface SourceCertificate {
  number: string
  province: string
  category: CertificateCategory
  validUntil: string
  nationalStatus: 'ACTIVE' | 'TRANSFERRING_OUT' | 'CANCELLED'
}

export interface EligibilityInput {
  type: ApplicationType
  /**
   * The certificate concerned (RENEWAL, TRANSFER_OUT, CHANGE_EMPLOYER, CANCELLATION). When not
   * given yet (a form before a certificate is picked), certificate rules are skipped; the backend
   * always passes it.
   */
  certificate?: Certificate
  /** TRANSFER_IN: null = not found on the national platform, undefined = unknown (client side). */
  sourceCertificate?: SourceCertificate | null
  /** TRANSFER_IN: what the holder typed, compared with the national record before submitting. */
  typedSource?: { category?: string; validUntil?: string }
  profile: HolderProfile
  employment: Employment | null
  /**
   * The holder's applications; only open ones (IN_PROGRESS, SENT_BACK) count. A resubmission leaves
   * out the application being corrected.
   */
  openApplications: Application[]
  /**
   * R14: the holder's exam and continuing-education results. Undefined = not known (a client that
   * has not read them skips the rule); the backend always passes them.
   */
  results?: Schemas['AssessmentResult'][]
  config: ClientConfig
  today: string
}

/** Collects a reason; rule checks call it once per failing condition. */
export type Refuse = (reason: EligibilityReason) => void

export const RETAKE: FixAction = { kind: 'guide', topic: 'RETAKE_EXAM' }
export const REFRESH: FixAction = { kind: 'refreshEmployment' }
