import {
  addDays,
  addMonths,
  addYears,
  canTakeBusiness,
  certificateDisplayStatus,
  daysLeft,
  diffDays,
  isInRenewalWindow,
  isValidDate,
  renewalWindow,
  STATUS_LABELS,
} from '../../../src/domain'

describe('R4 R5 days left', () => {
  it('is 0 on the expiry day and negative after', () => {
    expect(daysLeft('2025-06-30', '2025-06-30')).toBe(0)
    expect(daysLeft('2025-06-30', '2025-07-01')).toBe(-1)
    expect(daysLeft('2025-06-30', '2025-06-29')).toBe(1)
    expect(daysLeft('2025-03-01', '2024-03-01')).toBe(365)
    expect(daysLeft('2024-03-01', '2023-03-01')).toBe(366)
  })
})

describe('R5 display status', () => {
  const active = (validUntil: string) => ({ recordStatus: 'ACTIVE' as const, validUntil })

  it('derives VALID / EXPIRING / EXPIRED from dates', () => {
    expect(certificateDisplayStatus(active('2025-12-31'), '2025-01-01')).toBe('VALID')
    // 即将到期 is the renewal window: 3 calendar months before expiry (R4).
    expect(certificateDisplayStatus(active('2025-04-02'), '2025-01-01')).toBe('VALID')
    expect(certificateDisplayStatus(active('2025-04-01'), '2025-01-01')).toBe('EXPIRING')
    expect(certificateDisplayStatus(active('2025-01-01'), '2025-01-01')).toBe('EXPIRING')
    expect(certificateDisplayStatus(active('2024-12-31'), '2025-01-01')).toBe('EXPIRED')
  })

  it('starts 即将到期 on the day renewal opens, not 90 days before', () => {
    // 2025-05-31 minus 3 calendar months is 2025-02-28; 90 days before would be 2025-03-02.
    expect(renewalWindow('2025-05-31').opensOn).toBe('2025-02-28')
    expect(certificateDisplayStatus(active('2025-05-31'), '2025-02-27')).toBe('VALID')
    expect(certificateDisplayStatus(active('2025-05-31'), '2025-02-28')).toBe('EXPIRING')
  })

  it('honours a configured window length', () => {
    expect(certificateDisplayStatus(active('2025-02-02'), '2025-01-01', 1)).toBe('VALID')
    expect(certificateDisplayStatus(active('2025-02-01'), '2025-01-01', 1)).toBe('EXPIRING')
  })

  it('record status wins over dates', () => {
    for (const s of ['CANCELLED', 'TRANSFERRED_OUT', 'SUSPENDED'] as const) {
      expect(certificateDisplayStatus({ recordStatus: s, validUntil: '2030-01-01' }, '2025-01-01')).toBe(s)
      expect(certificateDisplayStatus({ recordStatus: s, validUntil: '2020-01-01' }, '2025-01-01')).toBe(s)
    }
  })

  it('labels every status and knows which take business', () => {
    expect(STATUS_LABELS).toEqual({
      VALID: '有效',
      EXPIRING: '即将到期',
      EXPIRED: '已过期',
      CANCELLED: '已注销',
      TRANSFERRED_OUT: '已转出',
      SUSPENDED: '暂扣',
    })
    expect(canTakeBusiness('VALID')).toBe(true)
    expect(canTakeBusiness('EXPIRING')).toBe(true)
    expect(canTakeBusiness('EXPIRED')).toBe(false)
    expect(canTakeBusiness('SUSPENDED')).toBe(false)
  })
})

describe('R4 renewal window', () => {
  it('opens 3 calendar months before expiry and closes on the expiry day', () => {
    expect(renewalWindow('2025-06-30')).toEqual({ opensOn: '2025-03-30', closesOn: '2025-06-30' })
    expect(renewalWindow('2025-06-30', 6)).toEqual({ opensOn: '2024-12-30', closesOn: '2025-06-30' })
    // No 31 February: the window opens on the last day of February.
    expect(renewalWindow('2025-05-31').opensOn).toBe('2025-02-28')
    expect(renewalWindow('2024-05-31').opensOn).toBe('2024-02-29')
    expect(renewalWindow('2025-02-15').opensOn).toBe('2024-11-15')
  })

  it('includes the opening day and the expiry day, nothing outside', () => {
    expect(isInRenewalWindow('2025-06-30', '2025-03-29')).toBe(false)
    expect(isInRenewalWindow('2025-06-30', '2025-03-30')).toBe(true)
    expect(isInRenewalWindow('2025-06-30', '2025-06-30')).toBe(true)
    expect(isInRenewalWindow('2025-06-30', '2025-07-01')).toBe(false)
    expect(isInRenewalWindow('2025-06-30', '2025-01-15', 6)).toBe(true)
  })
})

describe('calendar dates', () => {
  it('adds years, months and days', () => {
    expect(addYears('2022-06-30', 3)).toBe('2025-06-30')
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15')
    expect(addMonths('2025-03-15', -15)).toBe('2023-12-15')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366)
  })

  it('recognises real dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true)
    expect(isValidDate('2023-02-29')).toBe(false)
    expect(isValidDate('2023-2-1')).toBe(false)
    expect(isValidDate('2023-13-01')).toBe(false)
    expect(isValidDate(20230101)).toBe(false)
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError)
  })
})
