import { EXPIRY_REMINDER_DAYS, expiryReminderSchedule } from '../../../src/domain'

const cert = (id: string, validUntil: string, recordStatus: 'ACTIVE' | 'CANCELLED' = 'ACTIVE') => ({
  id,
  number: `皖建安C3（2023）000000${id.slice(-1)}`,
  validUntil,
  recordStatus,
})

describe('expiryReminderSchedule', () => {
  test('sends when the renewal window opens (即将到期), then 30 and 7 days before expiry', () => {
    expect(EXPIRY_REMINDER_DAYS).toEqual([30, 7])
    const schedule = expiryReminderSchedule([cert('c1', '2026-01-31')], '2025-06-15')
    expect(schedule.map((r) => [r.daysBefore, r.sendOn])).toEqual([
      [92, '2025-10-31'],
      [30, '2026-01-01'],
      [7, '2026-01-24'],
    ])
    expect(schedule[0]).toMatchObject({ certificateId: 'c1', validUntil: '2026-01-31' })
  })

  test('keeps a reminder due today and skips the ones already past', () => {
    // The window opens today (2025-09-15 minus 3 months): that reminder is today.
    expect(expiryReminderSchedule([cert('c1', '2025-09-15')], '2025-06-15').map((r) => r.sendOn)).toEqual([
      '2025-06-15',
      '2025-08-16',
      '2025-09-08',
    ])
    // Opened yesterday: only 30 and 7 are still to come.
    expect(expiryReminderSchedule([cert('c1', '2025-09-14')], '2025-06-15').map((r) => r.daysBefore)).toEqual(
      [30, 7],
    )
    // 30 and 29 days left.
    expect(expiryReminderSchedule([cert('c1', '2025-07-15')], '2025-06-15').map((r) => r.daysBefore)).toEqual(
      [30, 7],
    )
    expect(expiryReminderSchedule([cert('c1', '2025-07-14')], '2025-06-15').map((r) => r.daysBefore)).toEqual(
      [7],
    )
    // 7 and 6 days left.
    expect(expiryReminderSchedule([cert('c1', '2025-06-22')], '2025-06-15')).toEqual([
      expect.objectContaining({ daysBefore: 7, sendOn: '2025-06-15' }),
    ])
    expect(expiryReminderSchedule([cert('c1', '2025-06-21')], '2025-06-15')).toEqual([])
  })

  test('leaves out expired and inactive certificates and sorts by date', () => {
    const schedule = expiryReminderSchedule(
      [
        cert('c1', '2025-12-31'),
        cert('c2', '2025-06-01'),
        cert('c3', '2025-08-01', 'CANCELLED'),
        cert('c4', '2025-07-20'),
      ],
      '2025-06-15',
    )
    expect(schedule.map((r) => `${r.certificateId}:${r.sendOn}`)).toEqual([
      'c4:2025-06-20',
      'c4:2025-07-13',
      'c1:2025-09-30',
      'c1:2025-12-01',
      'c1:2025-12-24',
    ])
  })
})
