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
  /**
   * 统一社会信用代码 (R13); an older record may still carry the 9-character 组织机构代码, which
   * matches the credit code that contains it (sameEnterprise).
   */
  uscc: string
  /** Province of registration (short name) when the market platform states it */
  province?: string
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
  /** The 蓝底证件照 on the certificate, once an 信息变更 has put one there */
  photoUrl?: string
  issuedOn: string
  /** 有效期截止日期, inclusive */
  validUntil: string
  recordStatus: CertificateRecordStatus
  /** Issuing province's short name, e.g. 皖 */
  province: string
  /** 变更记录: what each finished application changed on this certificate, oldest first */
  changes?: CertificateChange[]
}

/** One line of a certificate change: 职务 专职安全员 → 安全部经理. */
export interface CertificateChangeItem {
  field: 'validUntil' | 'employer' | 'employerName' | 'position' | 'photo' | 'recordStatus'
  label: string
  from?: string
  to?: string
}

export interface CertificateChange {
  at: string
  applicationId: string
  applicationType: ApplicationType
  items: CertificateChangeItem[]
}

export interface Employment {
  employer: Employer
  /** Date the relation started */
  since: string
  /** Instant the relation was last refreshed from the market-supervision platform */
  refreshedAt: string
}

/**
 * 有效 / 已注销 / 过期失效 / 临时建造师（已取消）/ 年龄超过65周岁（注册失效）: the register's state of a
 * 建造师注册 (seed 003, FAQ 8).
 */
export type ConstructorRegistrationStatus = 'VALID' | 'CANCELLED' | 'EXPIRED' | 'TEMPORARY' | 'OVER_AGE'

/** 建造师注册 (needed for B certificates, R6) */
export interface ConstructorRegistration {
  level: 1 | 2
  employerUscc: string
  registrationNumber: string
  /** VALID when absent */
  status?: ConstructorRegistrationStatus
  /**
   * The 建造师 register holds another ID number for this person: an old 15-digit one, or a
   * different 18-digit one (one of the two records is wrong).
   */
  idNumberOnRecord?: 'OLD_15_DIGIT' | 'DIFFERENT'
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

/** What happened to an application, as its history (办理记录) lists it. */
export type ApplicationEventKind =
  'SUBMITTED' | 'ADVANCED' | 'SENT_BACK' | 'RESUBMITTED' | 'FORCED_TRANSFER' | 'REFUSED' | 'WITHDRAWN'

export interface ApplicationEvent {
  at: string
  kind: ApplicationEventKind
  actor: Actor
  /** The step concerned, by its UI label */
  step: string
  reason?: string
  /** SENT_BACK: the fields the reviewer asks the holder to correct */
  fields?: string[]
}
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
  /** When sent back: the fields (by name) the reviewer asks the holder to correct */
  fields?: string[]
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
  /**
   * TRANSFER_OUT and CANCELLATION: the enterprise that files it, the certificate's own (原聘用企业),
   * whatever the holder's current 聘用关系 (R3)
   */
  filingEmployer?: Employer
  /** 办理记录: every submission, step, 退回 and 重新提交, oldest first */
  history?: ApplicationEvent[]
}

/** INFO_CHANGE: what the enterprise asks to change (R10); applied to the certificate at 办结. */
export interface InfoChangeRequest {
  /** 新职务 */
  position?: string
  /** 企业更名: the new name, same credit code */
  employerName?: string
  /** 证书照片: the holder's current 蓝底证件照 goes on the certificate */
  photo?: boolean
}

export interface ClientConfig {
  /** Months before 有效期截止日期 the renewal window opens (R4) */
  renewalWindowMonths: number
  /** Days of validity below which a transfer in is warned about (R7) */
  transferInWarnDays: number
  photo: PhotoSpec
  /** https hosts whose study links open in the web-view page */
  studyLinkHosts: string[]
  /** WeChat subscription-message template ids for the reminders the holder can accept */
  subscribeTemplates: { expiry: string; applicationStatus: string }
  /** 咨询电话 / 办理地点, per city */
  contacts: ContactPoint[]
  /** Clients older than this (x.y.z) must restart to a newer version */
  minClientVersion?: string
}

/** Where a holder can ask or go in person. */
export interface ContactPoint {
  /** City (or 省级) the entry serves, e.g. 合肥市 */
  city: string
  /** Office name, e.g. 合肥市城乡建设局 安管人员考核窗口 */
  office: string
  phone: string
  address?: string
  hours?: string
  /** Shipped as an example by the reference backend: shown marked 示例 */
  sample?: boolean
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
