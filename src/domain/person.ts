import type { Result } from './types'

/**
 * A Chinese character as ID cards print it: the basic and extension-A blocks, the compatibility
 * ideographs, 〇, and the supplementary-plane extensions (rare characters in names, e.g. 𠮷).
 */
const HAN = '[\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{323af}]'
const NAME = new RegExp(`^${HAN}+(·${HAN}+)*$`, 'u')

/** Characters a copy and paste brings along that nobody can see: zero-width spaces, joiners, BOM. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g

/**
 * 姓名: 2-30 Chinese characters; the middle dot of minority names is allowed between parts. Spaces
 * (no Chinese name has one) and invisible characters are dropped; the dot's look-alikes become ·.
 */
export function validatePersonName(input: string): Result<string> {
  const value = (input ?? '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, '')
    .replace(/[.．•・‧∙⋅]/g, '·')
  if (!value) return { ok: false, message: '请输入姓名' }
  const length = [...value].length
  if (length < 2) return { ok: false, message: '姓名至少2个汉字' }
  if (length > 30) return { ok: false, message: '姓名最多30个字' }
  if (!NAME.test(value))
    return { ok: false, message: '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致' }
  return { ok: true, value }
}

/**
 * 手机号: mainland mobile, 11 digits starting 13-19. Spaces, dashes (ASCII or full-width),
 * brackets, invisible characters and a +86, 86 or 0086 prefix are tolerated.
 */
export function validatePhone(input: string): Result<string> {
  const value = (input ?? '')
    .replace(/[\uff10-\uff19\uff0b]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE, '')
    .replace(/[\s\-－—–()（）]/g, '')
    .replace(/^(\+?86|0086)(?=1\d{10}$)/, '')
  if (!value) return { ok: false, message: '请输入手机号' }
  if (!/^\d+$/.test(value)) return { ok: false, message: '手机号只能包含数字' }
  if (value.length !== 11) return { ok: false, message: `手机号应为11位，您输入了${value.length}位` }
  if (!/^1[3-9]\d{9}$/.test(value)) return { ok: false, message: '手机号格式不正确，请检查' }
  return { ok: true, value }
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}

/**
 * 张*国, 欧**国, 李*: the first and last characters of a name, for public pages that must show
 * whose certificate it is without naming the person in full.
 */
export function maskName(name: string): string {
  const chars = [...(name ?? '').trim()]
  if (chars.length <= 1) return chars.length ? '*' : ''
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
