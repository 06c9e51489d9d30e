/**
 * Full ID numbers never go to storage, logs or URLs. Free text a holder types (a cancellation
 * reason, a number pasted into the wrong box) may still contain one, so such text is masked before
 * it is kept anywhere.
 */
import { toHalfWidthAlnum } from './text'

/**
 * 17 digits and a final digit or X, also when typed with spaces or dashes between groups
 * (340102 19780315 031X). No lookbehind: older WeChat JavaScript engines reject it.
 */
const ID_LIKE = /\d(?:[\s\-－]*\d){16}[\s\-－]*[\dXx]/

/** True when the text holds something shaped like a full 18-character ID number. */
export function containsIdNumber(text: string): boolean {
  return new RegExp(ID_LIKE.source).test(toHalfWidthAlnum(text ?? ''))
}

/**
 * Replaces every ID-number-shaped run with its masked form (first 3 and last 4 characters, as on
 * screen elsewhere). Full-width digits count too; the rest of the text is left as typed.
 */
export function redactIdNumbers(text: string): string {
  const source = text ?? ''
  // toHalfWidthAlnum maps one UTF-16 unit to one, so positions in both strings agree.
  const halfWidth = toHalfWidthAlnum(source)
  const pattern = new RegExp(ID_LIKE.source, 'g')
  let out = ''
  let last = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(halfWidth))) {
    const start = match.index
    const compact = match[0].replace(/[\s\-－]/g, '').toUpperCase()
    out += source.slice(last, start) + `${compact.slice(0, 3)}${'*'.repeat(11)}${compact.slice(-4)}`
    last = start + match[0].length
  }
  return last === 0 ? source : out + source.slice(last)
}
