/** R4, R5: what a certificate's dates and record status mean for the holder. */
import { addMonths, diffDays } from './dates'
import type { Certificate, CertificateDisplayStatus } from './types'

export const STATUS_LABELS: Record<CertificateDisplayStatus, string> = {
  VALID: '有效',
  EXPIRING: '即将到期',
  EXPIRED: '已过期',
  CANCELLED: '已注销',
  TRANSFERRED_OUT: '已转出',
  SUSPENDED: '暂扣',
}

/** Days until 有效期截止日期: 0 on the expiry day itself (still valid), negative once expired. */
export function daysLeft(validUntil: string, today: string): number {
  return diffDays(validUntil, today)
}

export function isExpired(validUntil: string, today: string): boolean {
  return today > validUntil
}

/** R4: months before 有效期截止日期 that the renewal window opens, unless the backend says otherwise. */
export const RENEWAL_WINDOW_MONTHS = 3

/**
 * 即将到期 is the renewal window (R4): from the day renewal can be filed, so the chip, the
 * reminders and the verdict never disagree about a date.
 */
export function certificateDisplayStatus(
  cert: Pick<Certificate, 'recordStatus' | 'validUntil'>,
  today: string,
  renewalWindowMonths = RENEWAL_WINDOW_MONTHS,
): CertificateDisplayStatus {
  // What the authority recorded outranks the dates: a cancelled certificate is not "expiring".
  if (cert.recordStatus !== 'ACTIVE') return cert.recordStatus
  if (isExpired(cert.validUntil, today)) return 'EXPIRED'
  if (today >= renewalWindow(cert.validUntil, renewalWindowMonths).opensOn) return 'EXPIRING'
  return 'VALID'
}

/** R4: the renewal window runs from `months` calendar months before expiry through the expiry day. */
export function renewalWindow(
  validUntil: string,
  months = RENEWAL_WINDOW_MONTHS,
): { opensOn: string; closesOn: string } {
  return { opensOn: addMonths(validUntil, -months), closesOn: validUntil }
}

export function isInRenewalWindow(
  validUntil: string,
  today: string,
  months = RENEWAL_WINDOW_MONTHS,
): boolean {
  const { opensOn, closesOn } = renewalWindow(validUntil, months)
  return today >= opensOn && today <= closesOn
}

/** Display statuses that still allow business (R5). */
export function canTakeBusiness(status: CertificateDisplayStatus): boolean {
  return status === 'VALID' || status === 'EXPIRING'
}
