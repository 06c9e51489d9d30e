/**
 * Calendar dates as 'YYYY-MM-DD' strings (China Standard Time dates, no time of day), on dayjs.
 * Arithmetic moves the calendar date itself (add a day, a month, a year), so the result never
 * depends on the time zone or daylight saving of the phone or server running it. Instants (ISO
 * 8601) are shown as China Standard Time wall-clock time, wherever the phone is.
 */
import dayjs, { type Dayjs } from 'dayjs'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const FORMAT = 'YYYY-MM-DD'

function parse(date: string): Dayjs {
  if (!isValidDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`)
  return dayjs(date)
}

/** True for a real calendar date written as YYYY-MM-DD (rejects 2023-02-29, 2024-13-01). */
export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DATE.exec(value)
  return Boolean(m) && isRealDate(Number(m![1]), Number(m![2]), Number(m![3]))
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  // The month's own length: dayjs rolls 02-30 over into March, so compare what it made of it.
  return (
    day <=
    dayjs(new Date(2000, month - 1, 1))
      .year(year)
      .daysInMonth()
  )
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(to: string, from: string): number {
  return parse(to).diff(parse(from), 'day')
}

export function addDays(date: string, n: number): string {
  return parse(date).add(n, 'day').format(FORMAT)
}

/** Calendar months; a day that does not exist in the target month falls back to its last day (05-31 - 3 months = 02-28/29). */
export function addMonths(date: string, n: number): string {
  return parse(date).add(n, 'month').format(FORMAT)
}

/** Calendar years; 02-29 becomes 02-28 in a non-leap target year. */
export function addYears(date: string, n: number): string {
  return addMonths(date, n * 12)
}

/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_HOURS = 8

/** '2026-11-23T08:30:00Z' -> '2026-11-23 16:30' in China Standard Time; '' when missing or not an instant. */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return ''
  const t = dayjs(iso)
  if (!t.isValid()) return ''
  // Read as UTC wall-clock time after the shift: UTC never jumps, so the phone's own daylight
  // saving plays no part (and the tab page needs no time-zone plugin for one line of text).
  return new Date(t.valueOf() + CHINA_OFFSET_HOURS * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
