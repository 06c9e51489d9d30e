import { checkIdNumberTyping, idNumberCheckChar, maskIdNumber, validateIdNumber } from '../../../src/domain'

const TODAY = '2026-01-01'

/** A valid number built from region, birth date and sequence, with its check character computed. */
function make(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq
  return first17 + idNumberCheckChar(first17)
}

const fail = (input: string, today = TODAY) => {
  const r = validateIdNumber(input, today)
  if (r.ok) throw new Error(`expected ${input} to be refused`)
  return r.message
}

describe('R12 ID number checksum', () => {
  it('accepts the public example 11010519491231002X', () => {
    expect(validateIdNumber('11010519491231002X', '2025-01-01')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'F',
    })
  })

  it('computes check characters, including X and 0', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
    // All ones: the weights sum to 100, 100 mod 11 = 1 -> '0'
    expect(idNumberCheckChar('11111111111111111')).toBe('0')
    expect(() => idNumberCheckChar('1234')).toThrow()
    expect(() => idNumberCheckChar('1101051949123100X')).toThrow()
  })

  it('accepts computed numbers and reports birth date and gender', () => {
    const man = make('340104', '19800215', '123')
    const r = validateIdNumber(man, '2025-06-01')
    expect(r).toEqual({ ok: true, value: man, birthDate: '1980-02-15', gender: 'M' })
    const woman = make('340104', '19800215', '124')
    expect(validateIdNumber(woman, '2025-06-01')).toMatchObject({ ok: true, gender: 'F' })
  })

  it('refuses every wrong check character with the checksum message', () => {
    const valid = make('340104', '19800215', '123')
    for (const c of '0123456789X') {
      if (c === valid[17]) continue
      expect(fail(valid.slice(0, 17) + c)).toBe('校验位不正确，请核对最后一位')
    }
  })
})

describe('R12 ID number normalisation', () => {
  it('turns lowercase x into X', () => {
    expect(validateIdNumber('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    })
  })

  it('accepts full-width digits and letters and strips spaces', () => {
    const fw = '１１０１０５１９４９１２３１００２ｘ'
    expect(validateIdNumber(fw, TODAY)).toMatchObject({ ok: true, value: '11010519491231002X' })
    expect(validateIdNumber('  110105 1949 1231 002X\u3000', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    })
    expect(validateIdNumber('１１０１０５１９４９１２３１００２Ｘ', TODAY)).toMatchObject({ ok: true })
  })
})

describe('R12 ID number refusals', () => {
  it('empty input', () => {
    expect(fail('')).toBe('请输入身份证号码')
    expect(fail('   ')).toBe('请输入身份证号码')
  })

  it('15-digit numbers are refused with their own message', () => {
    expect(fail('110105491231002')).toContain('请使用18位第二代身份证号码')
  })

  it('wrong length says how many characters were typed', () => {
    expect(fail('1101051949123100')).toBe('身份证号码应为18位，您输入了16位，请核对')
    expect(fail('1101051949123100211')).toContain('19位')
  })

  it('illegal characters', () => {
    const illegal = '身份证号码只能是数字，最后一位可以是X，请核对'
    expect(fail('1101051949123A002X')).toBe(illegal)
    expect(fail('110105194912310X2X')).toBe(illegal)
    expect(fail('11010519491231-02X')).toBe(illegal)
    expect(fail('<script>')).toBe(illegal)
  })

  it('region: unknown province code or 0000 below it', () => {
    const region = '身份证号码前6位（地区码）不正确，请核对'
    expect(fail(make('990104', '19800215', '123'))).toBe(region)
    expect(fail(make('160104', '19800215', '123'))).toBe(region)
    expect(fail(make('340000', '19800215', '123'))).toBe(region)
    for (const code of [
      '11',
      '15',
      '21',
      '23',
      '31',
      '37',
      '41',
      '46',
      '50',
      '54',
      '61',
      '65',
      '71',
      '81',
      '82',
    ]) {
      expect(validateIdNumber(make(`${code}0101`, '19800215', '123'), TODAY).ok).toBe(true)
    }
  })

  it('2月29日 only in leap years; no 2月30日', () => {
    const impossible = '身份证号码中的出生日期（第7-14位）不正确，请核对'
    expect(validateIdNumber(make('340104', '20000229', '123'), TODAY).ok).toBe(true)
    expect(validateIdNumber(make('340104', '19880229', '123'), TODAY).ok).toBe(true)
    expect(fail(make('340104', '19000229', '123'))).toBe(impossible)
    expect(fail(make('340104', '19890229', '123'))).toBe(impossible)
    expect(fail(make('340104', '19800230', '123'))).toBe(impossible)
    expect(fail(make('340104', '19801301', '123'))).toBe(impossible)
    expect(fail(make('340104', '19800100', '123'))).toBe(impossible)
  })

  it('birth dates before 1900 are impossible', () => {
    expect(fail(make('340104', '18991231', '123'))).toContain('出生日期')
    expect(validateIdNumber(make('340104', '19000101', '123'), TODAY).ok).toBe(true)
  })

  it('a birth date after today is refused with its own message, also while typing', () => {
    const id = make('340104', '20250602', '123')
    expect(fail(id, '2025-06-01')).toBe('身份证号码中的出生日期晚于今天，请核对')
    expect(validateIdNumber(id, '2025-06-02').ok).toBe(true)
    expect(checkIdNumberTyping(id.slice(0, 14), '2025-06-01').message).toBe(
      '身份证号码中的出生日期晚于今天，请核对',
    )
    expect(checkIdNumberTyping(id, '2025-06-01').complete).toBe(false)
    expect(checkIdNumberTyping(id, '2025-06-02')).toEqual({ complete: true })
  })
})

describe('R12 ID number masking', () => {
  it('keeps the first 3 and last 4 characters', () => {
    expect(maskIdNumber('34010419800215123X')).toBe('340***********123X')
    expect(maskIdNumber('34010419800215123x')).toBe('340***********123X')
    expect(maskIdNumber('1234567')).toBe('*******')
  })
})

describe('R12 ID number as-you-type', () => {
  const valid = make('340104', '19800215', '123')

  it('stays quiet while every typed prefix could still be right', () => {
    for (let i = 1; i < 18; i++) {
      expect(checkIdNumberTyping(valid.slice(0, i), TODAY)).toEqual({ complete: false })
    }
    expect(checkIdNumberTyping('', TODAY)).toEqual({ complete: false })
  })

  it('points an old 15-digit number to the 18-digit one', () => {
    expect(checkIdNumberTyping('1101054', TODAY).message).toContain('4位出生年份')
    expect(checkIdNumberTyping('110105491231002', TODAY).message).toContain('请使用18位第二代身份证号码')
  })

  it('is complete only for a full valid number', () => {
    expect(checkIdNumberTyping(valid, TODAY)).toEqual({ complete: true })
    expect(checkIdNumberTyping('11010519491231002x', TODAY)).toEqual({ complete: true })
  })

  it('flags certain errors early', () => {
    expect(checkIdNumberTyping('3401a', TODAY).message).toContain('只能是数字')
    expect(checkIdNumberTyping('34X', TODAY).message).toContain('只能是数字')
    expect(checkIdNumberTyping('9', TODAY).message).toContain('地区码')
    expect(checkIdNumberTyping('16', TODAY).message).toContain('地区码')
    expect(checkIdNumberTyping('340000', TODAY).message).toContain('地区码')
    expect(checkIdNumberTyping('3401043', TODAY).message).toContain('出生年份')
    expect(checkIdNumberTyping('34010418', TODAY).message).toContain('出生年份')
    expect(checkIdNumberTyping('34010419802', TODAY).message).toContain('出生日期')
    expect(checkIdNumberTyping('340104198013', TODAY).message).toContain('出生日期')
    expect(checkIdNumberTyping('3401041980024', TODAY).message).toContain('出生日期')
    expect(checkIdNumberTyping('34010419890229', TODAY).message).toContain('出生日期')
    expect(checkIdNumberTyping(valid + '1', TODAY).message).toContain('多输入')
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
    expect(checkIdNumberTyping(wrongCheck, TODAY)).toEqual({
      complete: false,
      message: '校验位不正确，请核对最后一位',
    })
  })
})
