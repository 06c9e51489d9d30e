/** R13: 统一社会信用代码 (GB 32100). */
import { HOME_PROVINCE } from './homeProvince'
import { removeSpaces, toHalfWidthAlnum } from './text'
import type { Result } from './types'

/** The 31 characters a code may use: digits and capitals without I, O, S, V, Z. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function normalizeUscc(input: string): string {
  return removeSpaces(toHalfWidthAlnum(input ?? '')).toUpperCase()
}

/** The GB 32100 check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  const value = first17.toUpperCase()
  if (value.length !== 17 || [...value].some((c) => !CHARSET.includes(c))) {
    throw new RangeError('usccCheckChar needs 17 characters from the code charset')
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(value[i]) * WEIGHTS[i]
  const check = 31 - (sum % 31)
  return CHARSET[check === 31 ? 0 : check]
}

export function validateUscc(input: string): Result<string> {
  const value = normalizeUscc(input)
  if (!value) return { ok: false, message: '请输入统一社会信用代码' }
  const bad = [...value].find((c) => !CHARSET.includes(c))
  if (bad !== undefined) {
    return {
      ok: false,
      message: `统一社会信用代码中不能有“${bad}”，只能是数字和除 I、O、S、V、Z 以外的大写字母，请核对`,
    }
  }
  if (value.length !== 18) {
    return { ok: false, message: `统一社会信用代码应为18位，您输入了${value.length}位，请核对` }
  }
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, message: '统一社会信用代码校验位不正确，请核对最后一位' }
  }
  return { ok: true, value }
}

/** GB 11714 组织机构代码: 8 characters (digits, capitals) and a check character. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** The GB 11714 check character for the first 8 characters of an 组织机构代码. */
export function orgCodeCheckChar(first8: string): string {
  const value = first8.toUpperCase()
  if (!/^[0-9A-Z]{8}$/.test(value)) throw new RangeError('orgCodeCheckChar needs 8 digits or capitals')
  let sum = 0
  for (let i = 0; i < 8; i++) sum += parseInt(value[i], 36) * ORG_WEIGHTS[i]
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** A code as an enterprise record carries it: an 18-character credit code or an old 9-character 组织机构代码 (its hyphen dropped). */
export function normalizeEnterpriseCode(input: string | undefined): string {
  return normalizeUscc(input ?? '').replace(/[-－]/g, '')
}

/** True for a 9-character 组织机构代码 whose check character is right. */
export function isOrgCode(code: string): boolean {
  const value = normalizeEnterpriseCode(code)
  return /^[0-9A-Z]{8}[0-9X]$/.test(value) && orgCodeCheckChar(value.slice(0, 8)) === value[8]
}

/** The 组织机构代码 inside a credit code (characters 9-17). */
export function orgCodeOf(uscc: string): string {
  return normalizeEnterpriseCode(uscc).slice(8, 17)
}

/**
 * Same enterprise? Equal codes, or (seed 003, FAQ 4) a record that still carries the old
 * 9-character 组织机构代码 and a credit code that contains it. Spacing, case and the org code's
 * hyphen never cause a false mismatch.
 */
export function sameEnterprise(a: string | undefined, b: string | undefined): boolean {
  const x = normalizeEnterpriseCode(a)
  const y = normalizeEnterpriseCode(b)
  if (!x || !y) return false
  if (x === y) return true
  if (x.length === 18 && y.length === 9) return orgCodeOf(x) === y
  if (x.length === 9 && y.length === 18) return orgCodeOf(y) === x
  return false
}

/** Anhui's administrative division codes start with 34. */
const HOME_REGION_PREFIX = '34'

/**
 * Is the enterprise registered in Anhui? The market platform's record says so when it names the
 * province; otherwise the credit code's 登记管理机关行政区划码 (characters 3-8) does. An old
 * 组织机构代码 carries no region: unknown, so not refused on that ground.
 */
export function registeredInHomeProvince(employer: { uscc: string; province?: string }): boolean {
  if (employer.province) return employer.province === HOME_PROVINCE
  const code = normalizeEnterpriseCode(employer.uscc)
  if (code.length !== 18) return true
  return code.slice(2, 4) === HOME_REGION_PREFIX
}
