/**
 * The domain's vocabulary, shared by the client and the reference backend. Every payload shape is
 * the contract's own (backend/openapi.yaml, generated into types/api.d.ts): these are names for
 * the generated types, never a second copy, so a change to the contract reaches the rules directly.
 * Dates are calendar dates as 'YYYY-MM-DD' strings (China Standard Time); instants are ISO 8601.
 */
import type { components } from '../../types/api'

/** The contract's payload schemas. */
export type Schemas = components['schemas']

export type CertificateCategory = Schemas['CertificateCategory']

/** Status as recorded by the authority; EXPIRING/EXPIRED are derived from dates (see certificateStatus). */
export type CertificateRecordStatus = Schemas['CertificateRecordStatus']

/** Status shown to the holder: 有效 / 即将到期 / 已过期 / 已注销 / 已转出 / 暂扣 */
export type CertificateDisplayStatus = Schemas['CertificateDisplayStatus']

/**
 * 统一社会信用代码 (R13); an older record may still carry the 9-character 组织机构代码, which
 * matches the credit code that contains it (sameEnterprise).
 */
export type Employer = Schemas['Employer']

/** Number per R11 with full-width parentheses; 有效期截止日期 inclusive; changes (变更记录) oldest first. */
export type Certificate = Schemas['Certificate']

/** What one finished application changed on a certificate (变更记录). */
export type CertificateChange = Schemas['CertificateChange']

/** One line of a certificate change: 职务 专职安全员 → 安全部经理. */
export type CertificateChangeItem = CertificateChange['items'][number]

/** The holder's 聘用关系, as last refreshed from the market-supervision platform. */
export type Employment = Schemas['Employment']

/** 建造师注册 (needed for B certificates, R6) */
export type ConstructorRegistration = Schemas['ConstructorRegistration']

/**
 * 有效 / 已注销 / 过期失效 / 临时建造师（已取消）/ 年龄超过65周岁（注册失效）: the register's state of a
 * 建造师注册 (seed 003, FAQ 8); VALID when a registration states none.
 */
export type ConstructorRegistrationStatus = NonNullable<ConstructorRegistration['status']>

export type RealNameStatus = Schemas['RealNameStatus']
export type PhotoStatus = Schemas['PhotoStatus']

/** 实名认证, 蓝底证件照 and the 建造师注册 records on file for the verified ID number (R6). */
export type HolderProfile = Schemas['HolderProfile']

export type ApplicationType = Schemas['ApplicationType']

/** The five types a holder can start in the app (INFO_CHANGE is started by the enterprise, R10). */
export type HolderApplicationType = Schemas['HolderApplicationType']

export type ApplicationStatus = Schemas['ApplicationStatus']

export type Actor = Schemas['Actor']

export type StepState = Schemas['StepState']

/** One line of an application's history (办理记录). */
export type ApplicationEvent = Schemas['ApplicationEvent']

/** What happened to an application, as its history (办理记录) lists it. */
export type ApplicationEventKind = ApplicationEvent['kind']

/** A step of the workflow; when sent back it carries the reviewer's reason and the fields to correct. */
export type ApplicationStep = Schemas['ApplicationStep']

export type StudyInfo = Schemas['StudyInfo']

/** The holder's form of each type, as the application's `fields` carry it. */
export type RenewalFields = Schemas['RenewalFields']
export type TransferInFields = Schemas['TransferInFields']
export type TransferOutFields = Schemas['TransferOutFields']
export type CancellationFields = Schemas['CancellationFields']
export type ChangeEmployerFields = Schemas['ChangeEmployerFields']

/**
 * An application: for TRANSFER_IN the certificate is the Anhui one once it exists; `employer` is
 * the receiving one (CHANGE_EMPLOYER, TRANSFER_IN); `filingEmployer` the certificate's own
 * enterprise that files TRANSFER_OUT and CANCELLATION whatever the current 聘用关系 (R3).
 */
export type Application = Schemas['Application']

/** INFO_CHANGE: what the enterprise asks to change (R10); applied to the certificate at 办结. */
export type InfoChangeRequest = Schemas['InfoChangeFields']

/** Renewal window (R4), transfer-in warning (R7), photo rules, study hosts, reminders and contacts. */
export type ClientConfig = Schemas['ClientConfig']

/** Where a holder can ask or go in person (咨询电话 / 办理地点, per city). */
export type ContactPoint = Schemas['ContactPoint']

/** The 蓝底证件照 rules: size, bytes, source resolution and the accepted background colour. */
export type PhotoSpec = Schemas['PhotoSpec']

/** A parse or check that either gives a value or says why not; the domain's own, never sent as such. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string }
