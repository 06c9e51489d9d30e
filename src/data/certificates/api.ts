import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type Certificate = Schemas['Certificate']

export const fetchCertificates = () => request<Certificate[]>('/v1/certificates')
export const fetchCertificate = (id: string) =>
  request<Certificate>(`/v1/certificates/${encodeURIComponent(id)}`)
export const refreshCertificates = () =>
  request<Certificate[]>('/v1/certificates/refresh', { method: 'POST' })
