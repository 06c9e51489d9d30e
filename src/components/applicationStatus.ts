import type { ApplicationStatus } from '../domain/types'
import type { ChipTone } from './StatusChip'

export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, ChipTone> = {
  IN_PROGRESS: 'info',
  SENT_BACK: 'warn',
  COMPLETED: 'ok',
  REFUSED: 'bad',
  WITHDRAWN: 'muted',
}

/** '2026-11-23T08:30:00Z' -> '2026-11-23 16:30' in China Standard Time. */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}
