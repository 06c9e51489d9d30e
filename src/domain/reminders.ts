/** Expiry care: which reminders a holder's certificates would send, and when. */
import { addDays, diffDays } from './dates'
import { isExpired, renewalWindow, RENEWAL_WINDOW_MONTHS } from './certificateStatus'
import type { Certificate, Schemas } from './types'

/** The kinds of WeChat subscription message the holder can accept. */
export type ReminderKind = Schemas['ReminderKind']

export const REMINDER_KINDS: readonly ReminderKind[] = ['EXPIRY', 'APPLICATION_STATUS']

/**
 * Expiry reminders: the first on the day the renewal window opens (R4, the same date 即将到期
 * starts), then this many days before 有效期截止日期.
 */
export const EXPIRY_REMINDER_DAYS: readonly number[] = [30, 7]

export interface ScheduledExpiryReminder {
  certificateId: string
  certificateNumber: string
  validUntil: string
  daysBefore: number
  /** The day the reminder is sent */
  sendOn: string
}

/**
 * For each active, unexpired certificate, the expiry reminders still to come: one when the renewal
 * window opens, then one per offset in `daysBefore`, dated that many days before expiry. Dates
 * before today are skipped (today itself is kept). Sorted by date, then certificate number.
 */
export function expiryReminderSchedule(
  certificates: Pick<Certificate, 'id' | 'number' | 'validUntil' | 'recordStatus'>[],
  today: string,
  daysBefore: readonly number[] = EXPIRY_REMINDER_DAYS,
  renewalWindowMonths = RENEWAL_WINDOW_MONTHS,
): ScheduledExpiryReminder[] {
  const schedule: ScheduledExpiryReminder[] = []
  for (const c of certificates) {
    if (c.recordStatus !== 'ACTIVE' || isExpired(c.validUntil, today)) continue
    const opensOn = renewalWindow(c.validUntil, renewalWindowMonths).opensOn
    const offsets = [
      diffDays(c.validUntil, opensOn),
      ...daysBefore.filter((d) => d < diffDays(c.validUntil, opensOn)),
    ]
    for (const days of offsets) {
      const sendOn = addDays(c.validUntil, -days)
      if (sendOn < today) continue
      schedule.push({
        certificateId: c.id,
        certificateNumber: c.number,
        validUntil: c.validUntil,
        daysBefore: days,
        sendOn,
      })
    }
  }
  return schedule.sort((a, b) =>
    a.sendOn !== b.sendOn
      ? a.sendOn < b.sendOn
        ? -1
        : 1
      : a.certificateNumber < b.certificateNumber
        ? -1
        : a.certificateNumber > b.certificateNumber
          ? 1
          : 0,
  )
}
