/** Input clean-up shared by the number validators: people type on Chinese keyboards, often in full-width mode. */

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII; everything else unchanged. */
export function toHalfWidthAlnum(input: string): string {
  return input.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
}

/** Removes every kind of whitespace, including the full-width space U+3000 and no-break spaces. */
export function removeSpaces(input: string): string {
  return input.replace(/[\s\u200b\ufeff]+/g, '')
}
