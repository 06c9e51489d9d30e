import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type Application = Schemas['Application']

export const fetchApplications = () => request<Application[]>('/v1/applications')
export const fetchApplication = (id: string) =>
  request<Application>(`/v1/applications/${encodeURIComponent(id)}`)
