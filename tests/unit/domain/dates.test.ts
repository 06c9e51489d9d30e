import { addDays, addMonths, addYears, diffDays, formatInstant, isValidDate } from '../../../src/domain/dates'

/** Runs the checks once in each of these time zones (daylight-saving nights included). */
function inEveryZone(check: () => void) {
  const original = process.env.TZ
  afterAll(() => {
    process.env.TZ = original
  })
  for (const zone of [
    'Asia/Shanghai',
    'UTC',
    'America/Santiago',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
  ]) {
    it(zone, () => {
      process.env.TZ = zone
      check()
    })
  }
}

/** Calendar arithmetic must not depend on where the phone or server is, daylight saving included. */
describe('calendar dates on dayjs, whatever the time zone', () => {
  inEveryZone(() => {
    expect(addDays('2023-09-02', 1)).toBe('2023-09-03') // Santiago skips 00:00 that night
    expect(addDays('2024-03-10', 1)).toBe('2024-03-11') // Los Angeles springs forward
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(diffDays('2024-03-31', '2024-03-01')).toBe(30)
    expect(diffDays('2023-09-01', '2023-09-30')).toBe(-29)
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28')
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29')
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28')
    expect(isValidDate('2023-02-29')).toBe(false)
    expect(isValidDate('2024-02-29')).toBe(true)
    expect(isValidDate('2024-13-01')).toBe(false)
    expect(isValidDate('2024-1-01')).toBe(false)
  })
})

describe('formatInstant: an instant as China Standard Time, whatever the time zone', () => {
  inEveryZone(() => {
    expect(formatInstant('2026-11-23T08:30:00Z')).toBe('2026-11-23 16:30')
    expect(formatInstant('2026-11-23T08:30:00.000Z')).toBe('2026-11-23 16:30')
    // Past 16:00 UTC it is already the next day in China; the year turns too.
    expect(formatInstant('2024-12-31T16:05:00Z')).toBe('2025-01-01 00:05')
    expect(formatInstant('2024-02-28T20:00:00Z')).toBe('2024-02-29 04:00')
    // An explicit offset is honoured.
    expect(formatInstant('2026-11-23T16:30:00+08:00')).toBe('2026-11-23 16:30')
    expect(formatInstant('2026-11-23T00:30:00-08:00')).toBe('2026-11-23 16:30')
    // Nights when the phone's own clock jumps (Los Angeles springs forward, Santiago falls back).
    expect(formatInstant('2024-03-10T09:30:00Z')).toBe('2024-03-10 17:30')
    expect(formatInstant('2024-03-10T10:30:00Z')).toBe('2024-03-10 18:30')
    expect(formatInstant('2024-04-07T02:30:00Z')).toBe('2024-04-07 10:30')
    expect(formatInstant('2023-09-03T04:30:00Z')).toBe('2023-09-03 12:30')
  })

  it('is empty when there is no instant or it cannot be read', () => {
    expect(formatInstant(undefined)).toBe('')
    expect(formatInstant('')).toBe('')
    expect(formatInstant('not a date')).toBe('')
    expect(formatInstant('2026-13-45T99:00:00Z')).toBe('')
  })

  it('agrees with the built-in date reading on sample instants', () => {
    const builtIn = (iso: string) =>
      new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3600_000 + 13 * 60_000) {
      const iso = new Date(t).toISOString()
      expect(formatInstant(iso)).toBe(builtIn(iso))
    }
  })
})
