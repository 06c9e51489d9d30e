import { download } from '../../services/download'
import { request } from '../../services/http'
import type { Application } from '../../domain/types'

export type { Application }

export const fetchApplications = () => request<Application[]>('/v1/applications')
export const fetchApplication = (id: string) =>
  request<Application>(`/v1/applications/${encodeURIComponent(id)}`)

/** 撤回: idempotent on the backend, so a retried tap cannot do harm. */
export const withdrawApplication = (id: string) =>
  request<Application>(`/v1/applications/${encodeURIComponent(id)}/withdraw`, {
    method: 'POST',
    idempotencyKey: `withdraw-${id}`,
  })

/** 跨省变更批准证明 of a finished 跨省转出: downloaded to a local file (PDF). */
export const downloadApprovalCertificate = (id: string, onProgress?: (percent: number) => void) =>
  download(`/v1/applications/${encodeURIComponent(id)}/approval-certificate`, { onProgress })
