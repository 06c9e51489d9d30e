import { sameUscc, usccCheckChar, validateUscc } from '../../../src/domain'

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

  it('sameUscc ignores case and spaces but not content', () => {
    expect(sameUscc(code, ` ${code.toLowerCase()}`)).toBe(true)
    expect(sameUscc(code, '91110108551385082Q')).toBe(false)
    expect(sameUscc(code, undefined)).toBe(false)
  })
})
