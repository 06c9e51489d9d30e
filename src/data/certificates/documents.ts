/**
 * 电子证书, 扫码验真 and 学习与成绩: the calls only the certificate pages make (kept out of api.ts,
 * which 首页 loads in the main package).
 */
import { download } from '../../services/download'
import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type VerificationLink = Schemas['VerificationLink']
export type Learning = Schemas['Learning']

const base = (id: string) => `/v1/certificates/${encodeURIComponent(id)}`

export const fetchVerificationLink = (id: string) =>
  request<VerificationLink>(`${base(id)}/verification-link`)

/** A new QR code; the old one's page says it was replaced. */
export const reissueVerificationLink = (id: string) =>
  request<VerificationLink>(`${base(id)}/verification-link`, { method: 'POST' })

export const fetchLearning = () => request<Learning>('/v1/me/learning')

/** The current 电子证书 (PDF) to a local file, with progress. */
export const downloadCertificateDocument = (id: string, onProgress?: (percent: number) => void) =>
  download(`${base(id)}/document`, { onProgress })
