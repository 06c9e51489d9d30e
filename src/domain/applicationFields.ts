/**
 * The fields of each application form: validated and normalised the same way on the phone (as the
 * holder types) and by the backend (before any rule runs).
 */
import {
  HOME_PROVINCE,
  isCertificateCategory,
  parseCertificateNumber,
  PROVINCES,
  provinceShortName,
} from './certificateNumber'
import { isExpired } from './certificateStatus'
import { addMonths, addYears, isValidDate } from './dates'
import type { ApplicationType } from './types'

export { FIELD_LABELS, HOLDER_FIELDS } from './fieldLabels'

function provinceName(short: string): string {
  return PROVINCES[short] ?? short
}

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
