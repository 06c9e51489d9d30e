import { parseCertificateNumber, PROVINCES, provinceShortName } from '../../../src/domain'

const message = (input: string) => {
  const r = parseCertificateNumber(input)
  if (r.ok) throw new Error(`expected ${input} to be refused`)
  return r.message
}

describe('R11 certificate number parsing', () => {
  it('parses the canonical form', () => {
    expect(parseCertificateNumber('皖建安B（2021）0012345')).toEqual({
      ok: true,
      value: '皖建安B（2021）0012345',
      province: '皖',
      category: 'B',
      year: 2021,
      serial: '0012345',
    })
  })

  it('accepts every category', () => {
    for (const c of ['A', 'B', 'C1', 'C2', 'C3']) {
      expect(parseCertificateNumber(`豫建安${c}（2019）1234567`)).toMatchObject({ ok: true, category: c })
    }
  })

  it('normalises ASCII and mixed parentheses to full-width', () => {
    for (const input of ['皖建安C2(2021)0012345', '皖建安C2（2021)0012345', '皖建安C2(2021）0012345']) {
      expect(parseCertificateNumber(input)).toMatchObject({ ok: true, value: '皖建安C2（2021）0012345' })
    }
  })

  it('accepts full-width digits/letters, lowercase categories and spaces', () => {
    expect(parseCertificateNumber('  皖建安ｃ１（２０２１）００１２３４５ ')).toMatchObject({
      ok: true,
      value: '皖建安C1（2021）0012345',
    })
    expect(parseCertificateNumber('皖建安b (2021) 001 2345')).toMatchObject({
      ok: true,
      value: '皖建安B（2021）0012345',
    })
  })

  it('accepts the years 1990 and 2099 only at the edges', () => {
    expect(parseCertificateNumber('京建安A（1990）0000001').ok).toBe(true)
    expect(parseCertificateNumber('京建安A（2099）0000001').ok).toBe(true)
    expect(message('京建安A（1989）0000001')).toBe('发证年份应在1990至2099之间，您输入的是1989')
    expect(message('京建安A（2100）0000001')).toContain('1990至2099')
  })
})

describe('R11 certificate number refusals name the wrong part', () => {
  it('empty', () => {
    expect(message('  ')).toBe('请输入证书编号')
  })

  it('province', () => {
    expect(message('港建安B（2021）0012345')).toContain('“港”不是省份简称')
    expect(message('建安B（2021）0012345')).toContain('省份简称')
  })

  it('建安', () => {
    expect(message('皖建B（2021）0012345')).toContain('“建安”两字')
    expect(message('皖安建B（2021）0012345')).toContain('“建安”两字')
  })

  it('category', () => {
    for (const bad of [
      '皖建安D（2021）0012345',
      '皖建安C4（2021）0012345',
      '皖建安C（2021）0012345',
      '皖建安AB（2021）0012345',
      '皖建安（2021）0012345',
    ]) {
      expect(message(bad)).toContain('证书类别 A、B、C1、C2 或 C3')
    }
  })

  it('year', () => {
    expect(message('皖建安B（21）0012345')).toContain('4位发证年份')
    expect(message('皖建安B20210012345')).toContain('4位发证年份')
    expect(message('皖建安B（2021 0012345')).toContain('4位发证年份')
    expect(message('皖建安B【2021】0012345')).toContain('括号中的4位发证年份')
  })

  it('serial length and content', () => {
    expect(message('皖建安B（2021）001234')).toBe('年份后的编号应为7位数字，您输入了6位')
    expect(message('皖建安B（2021）00123456')).toBe('年份后的编号应为7位数字，您输入了8位')
    expect(message('皖建安B（2021）')).toContain('7位数字编号')
    expect(message('皖建安B（2021）00123A5')).toContain('含有其他字符')
  })
})

describe('R11 provinces', () => {
  it('lists 31 provinces with 皖 = 安徽省', () => {
    expect(Object.keys(PROVINCES)).toHaveLength(31)
    expect(PROVINCES['皖']).toBe('安徽省')
    expect(PROVINCES['新']).toBe('新疆维吾尔自治区')
  })

  it('resolves short, full and suffix-less names', () => {
    expect(provinceShortName('豫')).toBe('豫')
    expect(provinceShortName('河南省')).toBe('豫')
    expect(provinceShortName('河南')).toBe('豫')
    expect(provinceShortName('广西壮族自治区')).toBe('桂')
    expect(provinceShortName('广西')).toBe('桂')
    expect(provinceShortName('北京')).toBe('京')
    expect(provinceShortName('香港')).toBeUndefined()
    expect(provinceShortName('')).toBeUndefined()
  })
})
