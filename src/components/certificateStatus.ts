import {
  certificateDisplayStatus,
  daysLeft,
  isInRenewalWindow,
  STATUS_LABELS,
} from '../domain/certificateStatus'
import type { Certificate, CertificateDisplayStatus } from '../domain/types'
import type { ChipTone } from './StatusChip'

const TONES: Record<CertificateDisplayStatus, ChipTone> = {
  VALID: 'ok',
  EXPIRING: 'warn',
  EXPIRED: 'bad',
  CANCELLED: 'muted',
  TRANSFERRED_OUT: 'muted',
  SUSPENDED: 'bad',
}

export interface CertificateView {
  status: CertificateDisplayStatus
  label: string
  tone: ChipTone
  /** "剩余 N 天" while active, "已过期 N 天" after expiry, nothing for cancelled or transferred certificates. */
  daysText: string
}

/** 即将到期 starts with the renewal window (R4), `renewalWindowMonths` before expiry. */
export function describeCertificate(
  cert: Certificate,
  today: string,
  renewalWindowMonths?: number,
): CertificateView {
  const status = certificateDisplayStatus(cert, today, renewalWindowMonths)
  const days = daysLeft(cert.validUntil, today)
  let daysText = ''
  if (status === 'VALID' || status === 'EXPIRING') daysText = days === 0 ? '今天到期' : `剩余 ${days} 天`
  else if (status === 'EXPIRED') daysText = `已过期 ${-days} 天`
  return { status, label: STATUS_LABELS[status], tone: TONES[status], daysText }
}

/**
 * R4 expiry care: while an active certificate is inside the renewal window (from `months` months
 * before expiry through the expiry day), the days left and the line that invites the renewal.
 */
export function renewalPrompt(
  cert: Pick<Certificate, 'recordStatus' | 'validUntil'>,
  today: string,
  months = 3,
): { daysLeft: number; text: string } | null {
  if (cert.recordStatus !== 'ACTIVE' || !isInRenewalWindow(cert.validUntil, today, months)) return null
  const days = daysLeft(cert.validUntil, today)
  const when = days === 0 ? '今天到期' : `还剩 ${days} 天到期`
  return { daysLeft: days, text: `${when}，可以申请延期复核` }
}
