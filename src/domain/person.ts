import type { Result } from './types'

const NAME = /^[\u3400-\u9fff]+(·[\u3400-\u9fff]+)*$/

/** 姓名: 2-30 Chinese characters; the middle dot of minority names is allowed between parts. */
export function validatePersonName(input: string): Result<string> {
  const value = input.trim().replace(/[.•・]/g, '·')
  if (!value) return { ok: false, message: '请输入姓名' }
  const length = [...value].length
  if (length < 2) return { ok: false, message: '姓名至少2个汉字' }
  if (length > 30) return { ok: false, message: '姓名最多30个字' }
  if (!NAME.test(value))
    return { ok: false, message: '姓名只能是汉字，少数民族姓名可用「·」分隔，请与身份证一致' }
  return { ok: true, value }
}

/** 手机号: mainland mobile, 11 digits starting 13-19; spaces, dashes and a +86 prefix are tolerated. */
export function validatePhone(input: string): Result<string> {
  const value = input
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '')
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
