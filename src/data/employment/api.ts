import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type Employment = Schemas['Employment']

export const fetchEmployment = () => request<Employment | null>('/v1/me/employment')

export const refreshEmployment = () =>
  request<Employment | null>('/v1/me/employment/refresh', { method: 'POST' })
