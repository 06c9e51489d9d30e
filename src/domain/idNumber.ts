/** R12: 居民身份证号码 (GB 11643). */
import { isRealDate } from './dates'
import { removeSpaces, toHalfWidthAlnum } from './text'

export type IdNumberResult =
  { ok: true; value: string; birthDate: string; gender: 'M' | 'F' } | { ok: false; message: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** Province-level codes in use (the first two digits). */
const PROVINCE_CODES = new Set([
  ...'11 12 13 14 15 21 22 23 31 32 33 34 35 36 37'.split(' '),
  ...'41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' '),
])

const BIRTH_YEAR_TYPING = '第7-10位应为4位出生年份（如1980），请核对；15位旧号码请改用18位第二代身份证号码'

const EARLIEST_BIRTH = '1900-01-01'

export const ID_NUMBER_MESSAGES = {
  empty: '请输入身份证号码',
  illegal: '身份证号码只能是数字，最后一位可以是X，请核对',
  fifteen: '您输入的是15位旧身份证号码，请使用18位第二代身份证号码',
  tooLong: '身份证号码应为18位，您多输入了字符，请核对',
  region: '身份证号码前6位（地区码）不正确，请核对',
  birthImpossible: '身份证号码中的出生日期（第7-14位）不正确，请核对',
  birthFuture: '身份证号码中的出生日期晚于今天，请核对',
  checksum: '校验位不正确，请核对最后一位',
} as const

/** Trim, full-width to ASCII, drop inner spaces, x to X: what people type becomes what is stored. */
export function normalizeIdNumber(input: string): string {
  return removeSpaces(toHalfWidthAlnum(input)).replace(/x/g, 'X')
}

/** The GB 11643 check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** 港澳台居民居住证 numbers follow GB 11643 with these fixed first six digits (Hong Kong, Macao, Taiwan). */
const RESIDENCE_PERMIT_REGIONS = new Set(['810000', '820000', '830000'])

function regionOk(value: string): boolean {
  if (RESIDENCE_PERMIT_REGIONS.has(value.slice(0, 6))) return true
  return PROVINCE_CODES.has(value.slice(0, 2)) && value.slice(2, 6) !== '0000'
}

function lengthMessage(length: number): string {
  return `身份证号码应为18位，您输入了${length}位，请核对`
}

/** R12. `today` is required: a birth date after it is refused, never accepted for want of a date. */
export function validateIdNumber(input: string, today: string): IdNumberResult {
  const value = normalizeIdNumber(input ?? '')
  if (!value) return { ok: false, message: ID_NUMBER_MESSAGES.empty }
  // X is only ever the check character, so it is illegal anywhere but the 18th position.
  if (!/^\d*X?$/.test(value)) return { ok: false, message: ID_NUMBER_MESSAGES.illegal }
  if (value.length === 15 && /^\d{15}$/.test(value)) return { ok: false, message: ID_NUMBER_MESSAGES.fifteen }
  if (value.length !== 18) return { ok: false, message: lengthMessage(value.length) }
  if (!regionOk(value)) return { ok: false, message: ID_NUMBER_MESSAGES.region }

  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (!isRealDate(year, month, day) || birthDate < EARLIEST_BIRTH) {
    return { ok: false, message: ID_NUMBER_MESSAGES.birthImpossible }
  }
  if (birthDate > today) return { ok: false, message: ID_NUMBER_MESSAGES.birthFuture }

  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, message: ID_NUMBER_MESSAGES.checksum }
  }
  // The 17th digit is the sequence code: odd for men, even for women.
  const gender = Number(value[16]) % 2 === 1 ? 'M' : 'F'
  return { ok: true, value, birthDate, gender }
}

/** 340***********123X: the only form in which an ID number may appear outside the form itself. */
export function maskIdNumber(id: string): string {
  const value = normalizeIdNumber(id ?? '')
  if (value.length <= 7) return '*'.repeat(value.length)
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
}

/**
 * As-you-type feedback. `message` appears only when what has been typed is already certainly
 * wrong, so a half-typed number never shows an error. `complete` is true once 18 characters are
 * typed and pass every check, a birth date after `today` included.
 */
export function checkIdNumberTyping(input: string, today: string): { complete: boolean; message?: string } {
  const value = normalizeIdNumber(input ?? '')
  const wrong = (message: string) => ({ complete: false, message })
  if (!value) return { complete: false }
  if (!/^\d*X?$/.test(value) || (value.includes('X') && value.length < 18)) {
    return wrong(ID_NUMBER_MESSAGES.illegal)
  }
  if (value.length > 18) return wrong(ID_NUMBER_MESSAGES.tooLong)

  // Region: the first digit of every province code is 1-8; then the whole two-digit code.
  if (!/^[1-8]/.test(value)) return wrong(ID_NUMBER_MESSAGES.region)
  if (value.length >= 2 && !PROVINCE_CODES.has(value.slice(0, 2)) && !value.startsWith('83')) {
    return wrong(ID_NUMBER_MESSAGES.region)
  }
  if (value.length >= 6 && !regionOk(value)) return wrong(ID_NUMBER_MESSAGES.region)

  // Birth date, checked digit by digit as far as it has been typed (years 1900-2099).
  const birth = value.slice(6, 14)
  const bad = () => wrong(ID_NUMBER_MESSAGES.birthImpossible)
  // A wrong century usually means an old 15-digit number (2-digit year): say so.
  if ((birth.length >= 1 && !/^[12]/.test(birth)) || (birth.length >= 2 && !/^(19|20)/.test(birth))) {
    return wrong(value.length === 15 ? ID_NUMBER_MESSAGES.fifteen : BIRTH_YEAR_TYPING)
  }
  if (birth.length >= 5 && !/^[01]$/.test(birth[4])) return bad()
  if (birth.length >= 6) {
    const month = Number(birth.slice(4, 6))
    if (month < 1 || month > 12) return bad()
  }
  if (birth.length >= 7 && !/^[0-3]$/.test(birth[6])) return bad()
  if (birth.length === 8) {
    if (!isRealDate(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))))
      return bad()
    const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`
    if (birthDate > today) return wrong(ID_NUMBER_MESSAGES.birthFuture)
  }

  if (value.length < 18) return { complete: false }
  const full = validateIdNumber(value, today)
  return full.ok ? { complete: true } : wrong(full.message)
}
