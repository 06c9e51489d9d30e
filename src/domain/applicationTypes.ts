import type { ApplicationStatus, ApplicationType, HolderApplicationType } from './types'

/** UI names of the application types (the same words as the province's platform). */
export const APPLICATION_TYPE_LABELS: Record<ApplicationType, string> = {
  RENEWAL: '延期复核',
  TRANSFER_IN: '跨省转入',
  TRANSFER_OUT: '跨省转出',
  CHANGE_EMPLOYER: '证书变更',
  CANCELLATION: '证书注销',
  INFO_CHANGE: '信息变更',
}

/** The five types a holder starts in the app, in the order the home page lists them. */
export const HOLDER_APPLICATION_TYPES: readonly HolderApplicationType[] = [
  'RENEWAL',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'CHANGE_EMPLOYER',
  'CANCELLATION',
]

export function isHolderApplicationType(value: unknown): value is HolderApplicationType {
  return typeof value === 'string' && (HOLDER_APPLICATION_TYPES as readonly string[]).includes(value)
}

/** Types that act on one of the holder's existing certificates (TRANSFER_IN brings one from elsewhere). */
export const CERTIFICATE_TYPES: readonly HolderApplicationType[] = [
  'RENEWAL',
  'TRANSFER_OUT',
  'CHANGE_EMPLOYER',
  'CANCELLATION',
]

/** UI names of the application statuses; a chip always carries its word. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  IN_PROGRESS: '办理中',
  SENT_BACK: '已退回',
  COMPLETED: '已办结',
  REFUSED: '未通过',
  WITHDRAWN: '已撤回',
}
