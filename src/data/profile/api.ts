import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type HolderProfile = Schemas['HolderProfile']
export type ClientConfig = Schemas['ClientConfig']

export const fetchProfile = () => request<HolderProfile>('/v1/me')
export const fetchConfig = () => request<ClientConfig>('/v1/config', { auth: false })
