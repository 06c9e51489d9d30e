import type { ApplicationStatus } from '../domain/types'
import type { ChipTone } from './StatusChip'

export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, ChipTone> = {
  IN_PROGRESS: 'info',
  SENT_BACK: 'warn',
  COMPLETED: 'ok',
  REFUSED: 'bad',
  WITHDRAWN: 'muted',
}
