/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings. Done in UTC so the result never depends on
 * the time zone of the phone or server running it.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a real calendar date written as YYYY-MM-DD (rejects 2023-02-29, 2024-13-01). */
export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DATE.exec(value)
  if (!m) return false
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date)
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`)
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function toUtc(date: string): number {
  const [y, m, d] = parts(date)
  return Date.UTC(y, m - 1, d)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(to: string, from: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

export function addDays(date: string, n: number): string {
  const t = new Date(toUtc(date) + n * DAY_MS)
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/** Calendar months; a day that does not exist in the target month falls back to its last day (05-31 - 3 months = 02-28/29). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date)
  const index = y * 12 + (m - 1) + n
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return format(year, month, Math.min(d, daysInMonth(year, month)))
}

/** Calendar years; 02-29 becomes 02-28 in a non-leap target year. */
export function addYears(date: string, n: number): string {
  return addMonths(date, n * 12)
}
