/** R13: 统一社会信用代码 (GB 32100). */
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

/** Same enterprise? Compares normalised codes, so spacing or letter case never causes a false mismatch. */
export function sameUscc(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && normalizeUscc(a) === normalizeUscc(b)
}
