/** R11: 安管人员 certificate numbers, e.g. 皖建安B（2021）0012345. */
import { removeSpaces, toHalfWidthAlnum } from './text'
import type { CertificateCategory } from './types'

/** Province short name -> full name, in the order pickers usually list them. */
export const PROVINCES: Readonly<Record<string, string>> = {
  京: '北京市',
  津: '天津市',
  冀: '河北省',
  晋: '山西省',
  蒙: '内蒙古自治区',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  沪: '上海市',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  渝: '重庆市',
  川: '四川省',
  贵: '贵州省',
  云: '云南省',
  藏: '西藏自治区',
  陕: '陕西省',
  甘: '甘肃省',
  青: '青海省',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
}

export { HOME_PROVINCE } from './homeProvince'

export const CERTIFICATE_CATEGORIES: readonly CertificateCategory[] = ['A', 'B', 'C1', 'C2', 'C3']

export function isCertificateCategory(value: unknown): value is CertificateCategory {
  return typeof value === 'string' && (CERTIFICATE_CATEGORIES as readonly string[]).includes(value)
}

/**
 * A province as typed or picked: short name (豫), full name (河南省) or the name without its suffix
 * (河南). Returns the short name, or undefined.
 */
export function provinceShortName(input: string): string | undefined {
  const value = removeSpaces(input ?? '')
  if (!value) return undefined
  if (PROVINCES[value]) return value
  return Object.keys(PROVINCES).find((short) => {
    const full = PROVINCES[short]
    return full === value || full.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '') === value
  })
}

export type CertificateNumberResult =
  | { ok: true; value: string; province: string; category: CertificateCategory; year: number; serial: string }
  | { ok: false; message: string }

const EXAMPLE = '如 皖建安B（2021）0012345'

/** Full-width digits/letters to ASCII, parentheses to full-width, no spaces, capital letters. */
export function normalizeCertificateNumber(input: string): string {
  return removeSpaces(toHalfWidthAlnum(input ?? ''))
    .replace(/[(﹙]/g, '（')
    .replace(/[)﹚]/g, '）')
    .toUpperCase()
}

export function parseCertificateNumber(input: string): CertificateNumberResult {
  const value = normalizeCertificateNumber(input)
  const fail = (message: string): CertificateNumberResult => ({ ok: false, message })
  if (!value) return fail('请输入证书编号')

  // Parsed part by part so the message names the part that is wrong.
  // By code point, so an emoji or a rare character is named whole in the message.
  const province = [...value][0]
  if (!PROVINCES[province])
    return fail(`证书编号应以发证省份简称开头（${EXAMPLE}），“${province}”不是省份简称`)
  let rest = value.slice(province.length)
  if (!rest.startsWith('建安')) return fail(`省份简称后应为“建安”两字，${EXAMPLE}`)
  rest = rest.slice(2)

  // The category ends at the opening parenthesis; without one, take the longest valid category.
  const open = rest.indexOf('（')
  const token = open >= 0 ? rest.slice(0, open) : (/^(A|B|C[123])/.exec(rest)?.[1] ?? '')
  if (!isCertificateCategory(token)) return fail(`“建安”后应为证书类别 A、B、C1、C2 或 C3，${EXAMPLE}`)
  const category = token
  rest = rest.slice(category.length)

  const yearPart = /^（(\d+)）/.exec(rest)
  if (!yearPart || yearPart[1].length !== 4) return fail(`类别后应为括号中的4位发证年份，${EXAMPLE}`)
  const year = Number(yearPart[1])
  if (year < 1990 || year > 2099) return fail(`发证年份应在1990至2099之间，您输入的是${year}`)
  rest = rest.slice(yearPart[0].length)

  if (!rest) return fail(`年份后应为7位数字编号，${EXAMPLE}`)
  if (!/^\d+$/.test(rest)) {
    const shown = [...rest].length > 12 ? `${[...rest].slice(0, 12).join('')}…` : rest
    return fail(`年份后应只有7位数字编号，“${shown}”中含有其他字符`)
  }
  if (rest.length !== 7) return fail(`年份后的编号应为7位数字，您输入了${rest.length}位`)

  return {
    ok: true,
    value: `${province}建安${category}（${year}）${rest}`,
    province,
    category,
    year,
    serial: rest,
  }
}
