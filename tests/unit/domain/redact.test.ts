/** Full ID numbers never go to storage: free text is masked before it is kept. */
import { idNumberCheckChar } from '../../../src/domain'
import { containsIdNumber, redactIdNumbers } from '../../../src/domain/redact'

const first17 = '34010219780315031'
const ID = first17 + idNumberCheckChar(first17)
const MASKED = `340${'*'.repeat(11)}${ID.slice(-4)}`
const fullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

describe('redactIdNumbers', () => {
  it('masks an ID number inside text, keeping the words around it', () => {
    expect(redactIdNumbers(`本人身份证${ID}，已退休`)).toBe(`本人身份证${MASKED}，已退休`)
  })

  it('masks one typed with spaces or dashes between groups', () => {
    expect(redactIdNumbers(`${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`)).toBe(MASKED)
    expect(redactIdNumbers(`${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`)).toBe(MASKED)
  })

  it('masks full-width digits and a lowercase x', () => {
    const withX = '11010519491231002X'
    expect(redactIdNumbers(fullWidth(withX))).toBe(`110${'*'.repeat(11)}002X`)
    expect(redactIdNumbers(withX.toLowerCase())).toBe(`110${'*'.repeat(11)}002X`)
  })

  it('masks every occurrence', () => {
    expect(redactIdNumbers(`${ID}和${ID}`)).toBe(`${MASKED}和${MASKED}`)
  })

  it('leaves ordinary text, dates, phone and certificate numbers alone', () => {
    for (const text of ['已退休', '2025-02-28退休', '电话13805510031', '皖建安C2（2022）0034567', '']) {
      expect(redactIdNumbers(text)).toBe(text)
      expect(containsIdNumber(text)).toBe(false)
    }
  })

  it('says when text holds an ID number', () => {
    expect(containsIdNumber(`号码${ID}`)).toBe(true)
    expect(containsIdNumber(fullWidth(ID))).toBe(true)
  })
})
