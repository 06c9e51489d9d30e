/**
 * R1-R10: may this holder start this application now? The client runs it as a pre-check to explain
 * and guide; the backend runs the same function as the authority. Every failing rule is reported
 * (not just the first), so the holder sees everything to fix at once.
 */
import { APPLICATION_TYPE_LABELS, CERTIFICATE_TYPES } from './applicationTypes'
import { isOpen } from './applications'
import {
  HOME_PROVINCE,
  isCertificateCategory,
  parseCertificateNumber,
  PROVINCES,
  provinceShortName,
} from './certificateNumber'
import { daysLeft, isExpired, renewalWindow } from './certificateStatus'
import { addMonths, addYears, isValidDate } from './dates'
import { ERROR_MESSAGES, type ErrorCode } from './errors'
import { sameUscc } from './uscc'
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

export interface EligibilityReason {
  rule: RuleId
  code: ErrorCode | 'TRANSFER_IN_EXPIRING'
  message: string
  fix: FixAction
  fixLabel: string
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
  profile: HolderProfile
  employment: Employment | null
  /** The holder's applications; only open ones (IN_PROGRESS, SENT_BACK) count. */
  openApplications: Application[]
  config: ClientConfig
  today: string
}

const RETAKE: FixAction = { kind: 'guide', topic: 'RETAKE_EXAM' }
const REFRESH: FixAction = { kind: 'refreshEmployment' }

/** Types whose certificate employer must be the current employer (R3). */
const EMPLOYER_MUST_MATCH: readonly ApplicationType[] = ['RENEWAL', 'TRANSFER_OUT', 'CANCELLATION']

function provinceName(short: string): string {
  return PROVINCES[short] ?? short
}

export function checkEligibility(input: EligibilityInput): EligibilityVerdict {
  const { type, certificate: cert, profile, employment } = input
  const label = APPLICATION_TYPE_LABELS[type]
  const reasons: EligibilityReason[] = []
  const warnings: EligibilityReason[] = []
  const add = (list: EligibilityReason[], r: EligibilityReason) => {
    if (!list.some((x) => x.rule === r.rule && x.code === r.code)) list.push(r)
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

/** R3: renewal, transfer out and cancellation are filed by the certificate's own employer. */
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
  if (!sameUscc(cert.employer.uscc, employment.employer.uscc)) {
    refuse({
      rule: 'R3',
      code: 'EMPLOYER_MISMATCH',
      message:
        `${ERROR_MESSAGES.EMPLOYER_MISMATCH}：证书上的企业是「${cert.employer.name}」，您当前的聘用企业是「${employment.employer.name}」。` +
        '请先刷新聘用关系；如您已更换单位，请先办理证书变更',
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  }
}

/** R6: a B certificate follows the holder's 建造师 registration. */
function checkConstructor(
  type: ApplicationType,
  cert: Certificate,
  profile: HolderProfile,
  employment: Employment | null,
  refuse: (r: EligibilityReason) => void,
): void {
  const registeredAt = (uscc: string) =>
    profile.constructorRegistrations.some((r) => sameUscc(r.employerUscc, uscc))
  const fix: FixAction = { kind: 'guide', topic: 'CONSTRUCTOR_CHANGE' }
  if (type === 'RENEWAL' && !registeredAt(cert.employer.uscc)) {
    refuse({
      rule: 'R6',
      code: 'CONSTRUCTOR_REGISTRATION_MISSING',
      message: `B类证书延期复核须在证书上的企业「${cert.employer.name}」有建造师注册，未查询到您在该企业的建造师注册。请先办理建造师注册证书执业企业变更`,
      fix,
      fixLabel: '查看建造师变更办法',
    })
  }
  // Without a current employer the target is unknown; R8 already asks to refresh it.
  if (type === 'CHANGE_EMPLOYER' && employment && !registeredAt(employment.employer.uscc)) {
    refuse({
      rule: 'R6',
      code: 'CONSTRUCTOR_REGISTRATION_MISSING',
      message: `${ERROR_MESSAGES.CONSTRUCTOR_REGISTRATION_MISSING}：未查询到您在新聘用企业「${employment.employer.name}」的建造师注册`,
      fix,
      fixLabel: '查看建造师变更办法',
    })
  }
}

/** R8: the new employer must already hold the 聘用关系; the certificate still names the old one. */
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
  if (sameUscc(cert.employer.uscc, employment.employer.uscc)) {
    refuse({
      rule: 'R8',
      code: 'NO_EMPLOYER_CHANGE',
      message: `证书上的企业「${cert.employer.name}」就是您当前的聘用企业，无需办理证书变更。如您已到新单位工作，请新单位先登记聘用关系，再刷新聘用关系`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
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

// ---- Type-specific form fields ----

export type ApplicationFieldsResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; fieldErrors: Record<string, string> }

const CANCELLATION_REASON_MIN = 2
const CANCELLATION_REASON_MAX = 500

/** Zero-width spaces, joiners and the BOM: pasted along with text, invisible, dropped. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
/** Control and direction characters, and U+FFFD: what a garbled paste (or a broken surrogate) leaves. */
const SPECIAL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffd]/
/** At least one Chinese character, letter or digit: a reason is words, not only punctuation or emoji. */
const WORDS = /[0-9A-Za-z\u3400-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

/** Half of a surrogate pair on its own: not a character, cannot be stored as UTF-8. */
function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return true
    } else if (c >= 0xdc00 && c <= 0xdfff) return true
  }
  return false
}

/**
 * The latest 有效期至 a certificate can have today: certificates are valid for 3 years, and a
 * renewal (filed at most 3 months before expiry) adds 3 years.
 */
export function latestValidUntil(today: string): string {
  return addYears(addMonths(today, 3), 3)
}

/**
 * Validates and normalises the fields of each application form. `value` is what is stored in
 * Application.fields (certificate number with full-width parentheses, province as its short name).
 */
export function validateApplicationFields(
  type: ApplicationType,
  fields: Record<string, unknown> | null | undefined,
  today: string,
): ApplicationFieldsResult {
  const f = fields ?? {}
  const errors: Record<string, string> = {}
  const result = (value: Record<string, unknown>): ApplicationFieldsResult =>
    Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, value }
  const text = (v: unknown) => (typeof v === 'string' ? v : '')

  switch (type) {
    case 'RENEWAL': {
      if (f.noAccidentPenalty !== true) {
        errors.noAccidentPenalty = '请阅读并勾选“证书有效期内未因生产安全事故受到行政处罚”的声明'
      }
      if (f.noBadConductRecord !== true) {
        errors.noBadConductRecord = '请阅读并勾选“无不良行为记录”的声明'
      }
      return result({ noAccidentPenalty: true, noBadConductRecord: true })
    }

    case 'TRANSFER_IN': {
      const number = parseCertificateNumber(text(f.sourceNumber))
      if (!number.ok) errors.sourceNumber = number.message
      else if (number.province === HOME_PROVINCE)
        errors.sourceNumber = '这是安徽省颁发的证书编号，无需跨省转入'
      else if (number.year > Number(today.slice(0, 4)))
        errors.sourceNumber = `证书编号中的发证年份（${number.year}）晚于今年，请核对原证书`

      const province = provinceShortName(text(f.sourceProvince))
      if (!province) errors.sourceProvince = '请选择原发证省份'
      else if (province === HOME_PROVINCE)
        errors.sourceProvince = '原发证省份不能是安徽省，请选择证书原来所在的省份'
      else if (number.ok && number.province !== province) {
        errors.sourceProvince = `原发证省份应与证书编号中的省份（${provinceName(number.province)}）一致`
      }

      const category = text(f.category).trim().toUpperCase()
      if (!isCertificateCategory(category)) errors.category = '请选择证书类别（A、B、C1、C2 或 C3）'
      else if (number.ok && number.category !== category) {
        errors.category = `类别应与证书编号中的类别（${number.category}类）一致`
      }

      const validUntil = text(f.validUntil).trim()
      const latest = latestValidUntil(today)
      if (!isValidDate(validUntil)) errors.validUntil = '请选择原证书的有效期截止日期'
      else if (isExpired(validUntil, today)) {
        errors.validUntil = `原证书已于${validUntil}到期，过期证书不能办理跨省转入`
      } else if (validUntil > latest) {
        errors.validUntil = `有效期至不会晚于${latest}（证书有效期为3年），请核对原证书`
      }

      return result({
        sourceNumber: number.ok ? number.value : '',
        sourceProvince: province ?? '',
        category,
        validUntil,
      })
    }

    case 'TRANSFER_OUT': {
      const province = provinceShortName(text(f.targetProvince))
      if (!province) errors.targetProvince = '请选择转入省份'
      else if (province === HOME_PROVINCE) {
        errors.targetProvince = '转入省份不能是安徽省；在省内更换单位请办理证书变更'
      }
      return result({ targetProvince: province ?? '' })
    }

    case 'CANCELLATION': {
      const reason = text(f.reason).replace(INVISIBLE, '').replace(/\r\n?/g, '\n').trim()
      const length = [...reason].length
      // A line break from a multi-line input is fine; other control characters (and the direction
      // overrides that make text read differently from how it is stored) are not text.
      if (SPECIAL_CHARACTERS.test(reason) || hasLoneSurrogate(reason)) {
        errors.reason = '注销原因含有无法识别的特殊字符，请删除后重新输入'
      } else if (length < CANCELLATION_REASON_MIN) {
        errors.reason = `请填写注销原因（至少${CANCELLATION_REASON_MIN}个字）`
      } else if (length > CANCELLATION_REASON_MAX) {
        errors.reason = `注销原因最多${CANCELLATION_REASON_MAX}个字，当前${length}个字，请精简`
      } else if (!WORDS.test(reason)) {
        errors.reason = '请用文字说明注销原因，如“已退休”“已离职”'
      }
      return result({ reason })
    }

    case 'CHANGE_EMPLOYER':
      return result({})

    case 'INFO_CHANGE':
      errors.type = '信息变更由聘用企业发起，不能在小程序中申请'
      return result({})
  }
}
