/** The eligibility rules' vocabulary: what is asked (input) and what they answer (reasons, verdict). */
import type { ErrorCode } from './errors'
import type { AssessmentResult } from './learning'
import type {
  Application,
  ApplicationType,
  Certificate,
  CertificateCategory,
  ClientConfig,
  Employment,
  HolderApplicationType,
  HolderProfile,
} from './types'

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R14'

export type GuideTopic =
  | 'RETAKE_EXAM'
  | 'FORCED_TRANSFER'
  | 'FORCED_CANCELLATION'
  | 'CONSTRUCTOR_CHANGE'
  | 'SOURCE_TRANSFER_OUT'
  | 'EMPLOYER_INFO_CHANGE'
  | 'CONTINUING_EDUCATION'

export type FixAction =
  | { kind: 'realname' }
  | { kind: 'photo' }
  | { kind: 'refreshEmployment' }
  | { kind: 'openApplication'; applicationId: string }
  | { kind: 'apply'; type: HolderApplicationType }
  | { kind: 'guide'; topic: GuideTopic }
  | { kind: 'waitUntil'; date: string }
  /** A value typed on the form is wrong: the holder corrects that field */
  | { kind: 'editField'; field: string }

export interface EligibilityReason {
  rule: RuleId
  code: ErrorCode | 'TRANSFER_IN_EXPIRING'
  message: string
  fix: FixAction
  fixLabel: string
  /** The form field the reason concerns, when it is one (R7's comparison with the national record) */
  field?: string
}

export interface EligibilityVerdict {
  allowed: boolean
  reasons: EligibilityReason[]
  warnings: EligibilityReason[]
}

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
  results?: AssessmentResult[]
  config: ClientConfig
  today: string
}

/** Collects a reason; rule checks call it once per failing condition. */
export type Refuse = (reason: EligibilityReason) => void

export const RETAKE: FixAction = { kind: 'guide', topic: 'RETAKE_EXAM' }
export const REFRESH: FixAction = { kind: 'refreshEmployment' }
