/**
 * The domain's vocabulary, shared by the client and the reference backend.
 * Dates are calendar dates as 'YYYY-MM-DD' strings (China Standard Time); instants are ISO 8601.
 */

export type CertificateCategory = 'A' | 'B' | 'C1' | 'C2' | 'C3'

/** Status as recorded by the authority; EXPIRING/EXPIRED are derived from dates (see certificateStatus). */
export type CertificateRecordStatus = 'ACTIVE' | 'CANCELLED' | 'TRANSFERRED_OUT' | 'SUSPENDED'

/** Status shown to the holder: 有效 / 即将到期 / 已过期 / 已注销 / 已转出 / 暂扣 */
export type CertificateDisplayStatus =
  'VALID' | 'EXPIRING' | 'EXPIRED' | 'CANCELLED' | 'TRANSFERRED_OUT' | 'SUSPENDED'

export interface Employer {
  name: string
  /** 统一社会信用代码 (R13) */
  uscc: string
}

export interface Certificate {
  id: string
  /** R11, stored with full-width parentheses, e.g. 皖建安B（2021）0012345 */
  number: string
  category: CertificateCategory
  holderName: string
  /** Masked: first 3 and last 4 characters */
  idNumberMasked: string
  employer: Employer
  /** 职务 */
  position?: string
  issuedOn: string
  /** 有效期截止日期, inclusive */
  validUntil: string
  recordStatus: CertificateRecordStatus
  /** Issuing province's short name, e.g. 皖 */
  province: string
}

export interface Employment {
  employer: Employer
  /** Date the relation started */
  since: string
  /** Instant the relation was last refreshed from the market-supervision platform */
  refreshedAt: string
}

/** 建造师注册 (needed for B certificates, R6) */
export interface ConstructorRegistration {
  level: 1 | 2
  employerUscc: string
  registrationNumber: string
}

export type RealNameStatus = 'NONE' | 'VERIFIED'
export type PhotoStatus = 'NONE' | 'ACCEPTED'

export interface HolderProfile {
  realName: {
    status: RealNameStatus
    name?: string
    idNumberMasked?: string
    verifiedAt?: string
  }
  photo: {
    status: PhotoStatus
    url?: string
    uploadedAt?: string
  }
  phoneMasked?: string
  /** 建造师注册 records on file for the verified ID number (R6) */
  constructorRegistrations: ConstructorRegistration[]
}

export type ApplicationType =
  'RENEWAL' | 'TRANSFER_IN' | 'TRANSFER_OUT' | 'CHANGE_EMPLOYER' | 'CANCELLATION' | 'INFO_CHANGE'

/** The five types a holder can start in the app (INFO_CHANGE is started by the enterprise, R10). */
export type HolderApplicationType = Exclude<ApplicationType, 'INFO_CHANGE'>

export type ApplicationStatus = 'IN_PROGRESS' | 'SENT_BACK' | 'COMPLETED' | 'REFUSED' | 'WITHDRAWN'

export type Actor = 'HOLDER' | 'EMPLOYER' | 'OLD_EMPLOYER' | 'CITY' | 'PROVINCE'

export type StepState = 'DONE' | 'CURRENT' | 'PENDING' | 'SENT_BACK'

export interface ApplicationStep {
  key: string
  /** UI label, e.g. 聘用企业提交 */
  label: string
  actor: Actor
  state: StepState
  /** Instant the step was completed or sent back */
  at?: string
  /** Reviewer's reason when sent back */
  reason?: string
}

export interface StudyInfo {
  url: string
  hoursRequired: number
  hoursDone: number
}

export interface RenewalFields {
  noAccidentPenalty: boolean
  noBadConductRecord: boolean
}
export interface TransferInFields {
  sourceNumber: string
  sourceProvince: string
  category: CertificateCategory
  validUntil: string
}
export interface TransferOutFields {
  targetProvince: string
}
export interface CancellationFields {
  reason: string
}
export type ChangeEmployerFields = Record<string, never>

export interface Application {
  id: string
  type: ApplicationType
  status: ApplicationStatus
  /** The certificate concerned; for TRANSFER_IN, the Anhui certificate once it exists */
  certificateId?: string
  certificateNumber: string
  category: CertificateCategory
  createdAt: string
  updatedAt: string
  steps: ApplicationStep[]
  fields: Record<string, unknown>
  study?: StudyInfo
  /** For CHANGE_EMPLOYER / TRANSFER_IN: the employer receiving the certificate */
  employer?: Employer
}

export interface ClientConfig {
  /** Months before 有效期截止日期 the renewal window opens (R4) */
  renewalWindowMonths: number
  /** Days before expiry a certificate counts as 即将到期 */
  expiringSoonDays: number
  /** Days of validity below which a transfer in is warned about (R7) */
  transferInWarnDays: number
  photo: PhotoSpec
  /** https hosts whose study links open in the web-view page */
  studyLinkHosts: string[]
  /** WeChat subscription-message template ids for the reminders the holder can accept */
  subscribeTemplates: { expiry: string; applicationStatus: string }
}

export interface PhotoSpec {
  width: number
  height: number
  maxBytes: number
  minSourceWidth: number
  minSourceHeight: number
  /** Accepted background hue range in degrees */
  hueMin: number
  hueMax: number
  minSaturation: number
  minValue: number
}

export type Result<T> = { ok: true; value: T } | { ok: false; message: string }
