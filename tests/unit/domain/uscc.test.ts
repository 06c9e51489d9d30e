import {
  isOrgCode,
  orgCodeCheckChar,
  orgCodeOf,
  registeredInHomeProvince,
  sameEnterprise,
  usccCheckChar,
  validateUscc,
} from '../../../src/domain'

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

describe('R13 USCC check character', () => {
  it('matches published codes', () => {
    // Published codes of well-known companies (check character is the 18th).
    expect(usccCheckChar('91110108551385082')).toBe('Q')
    expect(usccCheckChar('91440300708461136')).toBe('T')
  })

  it('accepts a computed 91340100MA2… style code', () => {
    const first17 = '91340100MA2NXK3P0'
    const code = first17 + usccCheckChar(first17)
    expect(validateUscc(code)).toEqual({ ok: true, value: code })
  })

  it('refuses every wrong check character', () => {
    const first17 = '91340100MA2NXK3P0'
    const right = usccCheckChar(first17)
    for (const c of CHARSET) {
      if (c === right) continue
      expect(validateUscc(first17 + c)).toEqual({
        ok: false,
        message: '统一社会信用代码校验位不正确，请核对最后一位',
      })
    }
  })

  it('maps a remainder of 0 to check character 0', () => {
    // 17 zeros: sum 0 -> 31 - 0 = 31 -> '0'
    expect(usccCheckChar('00000000000000000')).toBe('0')
    expect(() => usccCheckChar('9134010')).toThrow()
    expect(() => usccCheckChar('9134010000000000I')).toThrow()
  })
})

describe('R13 USCC input', () => {
  const first17 = '91340100MA2NXK3P0'
  const code = first17 + usccCheckChar(first17)

  it('uppercases, trims and accepts full-width input', () => {
    expect(validateUscc(`  ${code.toLowerCase()} `)).toEqual({ ok: true, value: code })
    const fullWidth = code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    expect(validateUscc(fullWidth)).toEqual({ ok: true, value: code })
  })

  it('names the forbidden letter', () => {
    const r = validateUscc('91340100MA2NXK3PO' + 'X')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('“O”')
    const s = validateUscc('9134010SMA2NXK3P0X')
    expect(!s.ok && s.message).toContain('“S”')
  })

  it('refuses empty input and wrong lengths', () => {
    expect(validateUscc('')).toEqual({ ok: false, message: '请输入统一社会信用代码' })
    expect(validateUscc(code.slice(0, 17))).toEqual({
      ok: false,
      message: '统一社会信用代码应为18位，您输入了17位，请核对',
    })
    expect(validateUscc(code + '1').ok).toBe(false)
  })

  it('sameEnterprise ignores case and spaces but not content', () => {
    expect(sameEnterprise(code, ` ${code.toLowerCase()}`)).toBe(true)
    expect(sameEnterprise(code, '91110108551385082Q')).toBe(false)
    expect(sameEnterprise(code, undefined)).toBe(false)
  })
})

describe('组织机构代码 inside a credit code (seed 003, FAQ 4)', () => {
  it('computes the GB 11714 check character', () => {
    // Published 组织机构代码 of well-known organisations.
    expect(orgCodeCheckChar('55138508')).toBe('2')
    expect(orgCodeCheckChar('70846113')).toBe('6')
    expect(isOrgCode('55138508-2')).toBe(true)
    expect(isOrgCode('551385083')).toBe(false)
  })

  it('a record with the old 9-character code is the enterprise whose credit code contains it', () => {
    const uscc = '91110108551385082Q'
    expect(orgCodeOf(uscc)).toBe('551385082')
    expect(sameEnterprise(uscc, '55138508-2')).toBe(true)
    expect(sameEnterprise('551385082', uscc)).toBe(true)
    expect(sameEnterprise(uscc, '551385083')).toBe(false)
    expect(sameEnterprise('551385082', '551385082')).toBe(true)
  })

  it("registered in Anhui: the market record's province, else the credit code's region", () => {
    expect(registeredInHomeProvince({ uscc: '91340100MA2NXK3P0X' })).toBe(true)
    expect(registeredInHomeProvince({ uscc: '91320100MA1X0000XX' })).toBe(false)
    expect(registeredInHomeProvince({ uscc: '91320100MA1X0000XX', province: '皖' })).toBe(true)
    expect(registeredInHomeProvince({ uscc: '91340100MA2NXK3P0X', province: '苏' })).toBe(false)
    // An old 组织机构代码 carries no region: not refused on that ground.
    expect(registeredInHomeProvince({ uscc: '551385082' })).toBe(true)
  })
})
