/**
 * R1-R10: may this holder start this application now? The client runs it as a pre-check to explain
 * and guide; the backend runs the same function as the authority. Every failing rule is reported
 * (not just the first), so the holder sees everything to fix at once.
 */
import { APPLICATION_TYPE_LABELS, CERTIFICATE_TYPES } from './applicationTypes'
import { isOpen } from './applications'
import { HOME_PROVINCE, PROVINCES } from './certificateNumber'
import { daysLeft, isExpired, renewalWindow } from './certificateStatus'
import { constructorProblem } from './constructor'
import { ERROR_MESSAGES, type ErrorCode } from './errors'
import { registeredInHomeProvince, sameEnterprise } from './uscc'
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

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10'

export type GuideTopic =
  | 'RETAKE_EXAM'
  | 'FORCED_TRANSFER'
  | 'FORCED_CANCELLATION'
  | 'CONSTRUCTOR_CHANGE'
  | 'SOURCE_TRANSFER_OUT'
  | 'EMPLOYER_INFO_CHANGE'

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
  config: ClientConfig
  today: string
}

const RETAKE: FixAction = { kind: 'guide', topic: 'RETAKE_EXAM' }
const REFRESH: FixAction = { kind: 'refreshEmployment' }

/**
 * R3: only 延期复核 is filed "向聘用企业" and needs the certificate's enterprise to be the current
 * employer. 跨省转出 and 证书注销 go to the certificate's enterprise (原聘用企业) whatever the
 * current 聘用关系: the holder has usually left it, and these requests exist for exactly them.
 */
const EMPLOYER_MUST_MATCH: readonly ApplicationType[] = ['RENEWAL']

/** The types the certificate's own enterprise files, whoever employs the holder now. */
export const FILED_BY_CERTIFICATE_ENTERPRISE: readonly ApplicationType[] = ['TRANSFER_OUT', 'CANCELLATION']

function provinceName(short: string): string {
  return PROVINCES[short] ?? short
}

export function checkEligibility(input: EligibilityInput): EligibilityVerdict {
  const { type, certificate: cert, profile, employment } = input
  const label = APPLICATION_TYPE_LABELS[type]
  const reasons: EligibilityReason[] = []
  const warnings: EligibilityReason[] = []
  const add = (list: EligibilityReason[], r: EligibilityReason) => {
    if (!list.some((x) => x.rule === r.rule && x.code === r.code && x.field === r.field)) list.push(r)
  }
  const refuse = (r: EligibilityReason) => add(reasons, r)

  // R1
  if (profile.realName.status !== 'VERIFIED') {
    refuse({
      rule: 'R1',
      code: 'REALNAME_REQUIRED',
      message: `办理${label}前，请先完成实名认证`,
      fix: { kind: 'realname' },
      fixLabel: '去实名认证',
    })
  }

  // R2: the most recently updated open application is the one to show.
  const open = (input.openApplications ?? [])
    .filter(isOpen)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  if (open.length) {
    const a = open[0]
    const openLabel = APPLICATION_TYPE_LABELS[a.type]
    refuse({
      rule: 'R2',
      code: 'OPEN_APPLICATION_EXISTS',
      message: `${ERROR_MESSAGES.OPEN_APPLICATION_EXISTS}（未办结：${openLabel}${a.certificateNumber ? ` ${a.certificateNumber}` : ''}）`,
      fix: { kind: 'openApplication', applicationId: a.id },
      fixLabel: `查看未办结的${openLabel}`,
    })
  }

  if (cert && (CERTIFICATE_TYPES as readonly ApplicationType[]).includes(type)) {
    // R4/R5 first: when the certificate can take no business, employer and 建造师 checks would
    // only add fixes that cannot help, so they are skipped.
    if (certificateAlive(input, cert, label, refuse)) {
      if (EMPLOYER_MUST_MATCH.includes(type)) checkEmployerMatches(cert, employment, label, refuse)
      if (cert.category === 'B') checkConstructor(type, cert, profile, employment, refuse)
      if (type === 'CHANGE_EMPLOYER') checkEmployerChanged(cert, employment, refuse)
    }
  }

  if (type === 'TRANSFER_IN') checkTransferIn(input, refuse, (w) => add(warnings, w))

  if (type === 'INFO_CHANGE' && profile.photo.status !== 'ACCEPTED') {
    refuse({
      rule: 'R10',
      code: 'PHOTO_REQUIRED',
      message: '信息变更由聘用企业发起，发起前您需先上传蓝底证件照',
      fix: { kind: 'photo' },
      fixLabel: '上传蓝底证件照',
    })
  }

  const byRule = (a: EligibilityReason, b: EligibilityReason) =>
    Number(a.rule.slice(1)) - Number(b.rule.slice(1))
  reasons.sort(byRule)
  warnings.sort(byRule)
  return { allowed: reasons.length === 0, reasons, warnings }
}

/** R4, R5. Returns false when the certificate can take no business at all. */
function certificateAlive(
  input: EligibilityInput,
  cert: Certificate,
  label: string,
  refuse: (r: EligibilityReason) => void,
): boolean {
  const { type, today, config } = input
  if (cert.recordStatus !== 'ACTIVE') {
    const messages = {
      CANCELLED: `证书${cert.number}已注销，只能查看，不能办理${label}；如需继续任职，请重新参加考核取得证书`,
      TRANSFERRED_OUT: `证书${cert.number}已转出安徽省，只能查看，不能办理${label}；证书业务请到转入省份办理`,
      SUSPENDED: `证书${cert.number}已被暂扣，暂扣期间只能查看，不能办理${label}；请联系聘用企业或发证机关了解恢复办法`,
    }
    refuse({
      rule: 'R5',
      code: 'CERTIFICATE_NOT_ACTIVE',
      message: messages[cert.recordStatus],
      fix: RETAKE,
      fixLabel: cert.recordStatus === 'CANCELLED' ? '了解重新考核' : '查看说明',
    })
    return false
  }
  if (isExpired(cert.validUntil, today)) {
    refuse(
      type === 'RENEWAL'
        ? {
            rule: 'R4',
            code: 'CERTIFICATE_EXPIRED',
            message: `证书${cert.number}有效期至${cert.validUntil}，已过期，过期后不能延期复核，需重新参加考核取得证书`,
            fix: RETAKE,
            fixLabel: '了解重新考核',
          }
        : {
            rule: 'R5',
            code: 'CERTIFICATE_EXPIRED',
            message: `证书${cert.number}有效期至${cert.validUntil}，已过期，只能查看，不能办理${label}；需重新参加考核取得证书`,
            fix: RETAKE,
            fixLabel: '了解重新考核',
          },
    )
    return false
  }
  if (type === 'RENEWAL') {
    const months = config.renewalWindowMonths
    const { opensOn } = renewalWindow(cert.validUntil, months)
    if (today < opensOn) {
      refuse({
        rule: 'R4',
        code: 'RENEWAL_WINDOW_NOT_OPEN',
        message: `证书${cert.number}有效期至${cert.validUntil}，延期复核在到期前${months}个月内办理，${opensOn}起可以申请，请届时再来`,
        fix: { kind: 'waitUntil', date: opensOn },
        fixLabel: `${opensOn}起可申请`,
      })
    }
  }
  return true
}

/** R3: a renewal is filed by the certificate's enterprise, which must be the current employer. */
function checkEmployerMatches(
  cert: Certificate,
  employment: Employment | null,
  label: string,
  refuse: (r: EligibilityReason) => void,
): void {
  if (!employment) {
    refuse({
      rule: 'R3',
      code: 'EMPLOYMENT_REQUIRED',
      message: `办理${label}需由聘用企业提交，未查询到您的聘用关系。请刷新聘用关系；如仍没有，请联系聘用企业登记`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
    return
  }
  if (!sameEnterprise(cert.employer.uscc, employment.employer.uscc)) {
    const moved = registeredInHomeProvince(employment.employer)
      ? '如您已到省内新单位工作，请先办理证书变更，办结后再申请延期复核'
      : '您当前的聘用企业不在安徽省；如要把证书转到外省，请申请跨省转出（由证书上的企业办理）'
    refuse({
      rule: 'R3',
      code: 'EMPLOYER_MISMATCH',
      message:
        `${ERROR_MESSAGES.EMPLOYER_MISMATCH}：证书上的企业是「${cert.employer.name}」，您当前的聘用企业是「${employment.employer.name}」。` +
        `延期复核由证书上的企业提交。如聘用关系有误，请刷新聘用关系；${moved}`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  }
}

/** R6: a B certificate follows the holder's 建造师 registration (each case of seed 003, FAQ 8). */
function checkConstructor(
  type: ApplicationType,
  cert: Certificate,
  profile: HolderProfile,
  employment: Employment | null,
  refuse: (r: EligibilityReason) => void,
): void {
  // Without a current employer the target of a change is unknown; R8 already asks to refresh it.
  const target =
    type === 'RENEWAL' ? cert.employer : type === 'CHANGE_EMPLOYER' && employment ? employment.employer : null
  if (!target) return
  const problem = constructorProblem(profile.constructorRegistrations, target)
  if (!problem) return
  const intro =
    type === 'RENEWAL'
      ? `B类证书延期复核须在证书上的企业「${target.name}」有有效的建造师注册。`
      : `${ERROR_MESSAGES.CONSTRUCTOR_REGISTRATION_MISSING}。`
  refuse({
    rule: 'R6',
    code: 'CONSTRUCTOR_REGISTRATION_MISSING',
    message: `${intro}${problem}`,
    fix: { kind: 'guide', topic: 'CONSTRUCTOR_CHANGE' },
    fixLabel: '查看建造师问题的处理办法',
  })
}

/**
 * R8: the new employer must already hold the 聘用关系, be registered in Anhui (moving to another
 * province is 跨省转出, never 证书变更), and differ from the certificate's enterprise.
 */
function checkEmployerChanged(
  cert: Certificate,
  employment: Employment | null,
  refuse: (r: EligibilityReason) => void,
): void {
  if (!employment) {
    refuse({
      rule: 'R8',
      code: 'EMPLOYMENT_REQUIRED',
      message:
        '证书变更需新聘用企业先登记与您的聘用关系，目前未查询到聘用关系。请刷新聘用关系；如仍没有，请联系新单位登记',
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
    return
  }
  if (sameEnterprise(cert.employer.uscc, employment.employer.uscc)) {
    refuse({
      rule: 'R8',
      code: 'NO_EMPLOYER_CHANGE',
      message: `证书上的企业「${cert.employer.name}」就是您当前的聘用企业，无需办理证书变更。如您已到新单位工作，请新单位先登记聘用关系，再刷新聘用关系`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
    return
  }
  if (!registeredInHomeProvince(employment.employer)) {
    refuse({
      rule: 'R8',
      code: 'EMPLOYER_OUT_OF_PROVINCE',
      message: `您当前的聘用企业「${employment.employer.name}」不是在安徽省登记的企业，证书变更只能变更到省内企业。到外省工作请申请跨省转出，由证书上的企业「${cert.employer.name}」办理`,
      fix: { kind: 'apply', type: 'TRANSFER_OUT' },
      fixLabel: '改为申请跨省转出',
    })
  }
}

/** R7: the source certificate must be released by its province, not Anhui's own, and still valid. */
function checkTransferIn(
  input: EligibilityInput,
  refuse: (r: EligibilityReason) => void,
  warn: (r: EligibilityReason) => void,
): void {
  const { employment, sourceCertificate: source, today, config } = input
  const howToTransferOut: FixAction = { kind: 'guide', topic: 'SOURCE_TRANSFER_OUT' }
  if (!employment) {
    refuse({
      rule: 'R7',
      code: 'EMPLOYMENT_REQUIRED',
      message:
        '跨省转入需由接收证书的安徽省企业与您建立聘用关系，目前未查询到聘用关系。请刷新聘用关系；如仍没有，请联系该企业登记',
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  } else if (!registeredInHomeProvince(employment.employer)) {
    refuse({
      rule: 'R7',
      code: 'EMPLOYER_OUT_OF_PROVINCE',
      message: `跨省转入需由安徽省的企业接收证书，您当前的聘用企业「${employment.employer.name}」不是在安徽省登记的企业。请安徽的接收企业先登记聘用关系，再刷新聘用关系`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  }
  // undefined: not looked up yet (client side); the backend decides.
  if (source === undefined) return
  if (source === null) {
    refuse({
      rule: 'R7',
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      message: '在全国平台未查询到该原证书，请核对原证书编号；如编号无误，请先在原发证省份办理转出',
      fix: howToTransferOut,
      fixLabel: '查看如何办理转出',
    })
    return
  }
  if (source.province === HOME_PROVINCE) {
    // Not a state the holder can wait out: the input itself is wrong, hence VALIDATION_FAILED.
    refuse({
      rule: 'R7',
      code: 'VALIDATION_FAILED',
      message: `证书${source.number}是安徽省颁发的，无需跨省转入；如首页没有这本证书，请点「刷新证书」`,
      fix: howToTransferOut,
      fixLabel: '查看跨省转入说明',
    })
    return
  }
  if (source.nationalStatus === 'CANCELLED') {
    refuse({
      rule: 'R7',
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      message: `原证书${source.number}已注销，不能转入；需在安徽省重新参加考核取得证书`,
      fix: RETAKE,
      fixLabel: '了解重新考核',
    })
    return
  }
  if (source.nationalStatus !== 'TRANSFERRING_OUT') {
    refuse({
      rule: 'R7',
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      message: `原证书${source.number}在全国平台尚未「办理转出」，请先到${provinceName(source.province)}办理转出，再申请转入`,
      fix: howToTransferOut,
      fixLabel: '查看如何办理转出',
    })
  }
  if (isExpired(source.validUntil, today)) {
    refuse({
      rule: 'R7',
      code: 'TRANSFER_IN_EXPIRED',
      message: `原证书${source.number}有效期至${source.validUntil}，已过期，不能办理跨省转入；需在安徽省重新参加考核取得证书`,
      fix: RETAKE,
      fixLabel: '了解重新考核',
    })
    return
  }
  // Compared only once the source is released: before that, 办理转出 is the thing to do.
  if (source.nationalStatus === 'TRANSFERRING_OUT') compareTypedSource(input, source, refuse)
  const left = daysLeft(source.validUntil, today)
  if (left < config.transferInWarnDays) {
    warn({
      rule: 'R7',
      code: 'TRANSFER_IN_EXPIRING',
      message: `原证书${source.number}有效期至${source.validUntil}，仅剩${left}天。转入后有效期不变，办结后请尽快申请延期复核`,
      fix: { kind: 'apply', type: 'RENEWAL' },
      fixLabel: '转入办结后申请延期复核',
    })
  }
}

const SOURCE_FIELD_LABELS = { category: '类别', validUntil: '有效期至' } as const

/**
 * R7: the 类别 and 有效期至 the holder typed must be the national record's. A difference is
 * explained with the platform's value, never silently replaced by it.
 */
function compareTypedSource(
  input: EligibilityInput,
  source: SourceCertificate,
  refuse: (r: EligibilityReason) => void,
): void {
  const typed = input.typedSource
  if (!typed) return
  const recorded = { category: source.category, validUntil: source.validUntil }
  for (const field of ['category', 'validUntil'] as const) {
    const value = typed[field]?.trim()
    if (!value || value === recorded[field]) continue
    const shown = field === 'category' ? (v: string) => `${v}类` : (v: string) => v
    const label = SOURCE_FIELD_LABELS[field]
    refuse({
      rule: 'R7',
      code: 'SOURCE_DETAILS_MISMATCH',
      message: `全国平台记录的原证书${label}为${shown(recorded[field])}，与您填写的${shown(value)}不一致。请对照原证书核对后修改「${label}」；如原证书上的${label}与全国平台不同，请先联系原发证省份更正`,
      fix: { kind: 'editField', field },
      fixLabel: `修改${label}`,
      field,
    })
  }
}
