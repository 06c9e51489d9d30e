import { addDays, addMonths, addYears, diffDays, isValidDate } from '../../../src/domain/dates'

/** Calendar arithmetic must not depend on where the phone or server is, daylight saving included. */
describe('calendar dates on dayjs, whatever the time zone', () => {
  const zones = ['Asia/Shanghai', 'UTC', 'America/Santiago', 'America/Los_Angeles', 'Pacific/Kiritimati']
  const original = process.env.TZ
  afterAll(() => {
    process.env.TZ = original
  })

  for (const zone of zones) {
    it(zone, () => {
      process.env.TZ = zone
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
  }
})
