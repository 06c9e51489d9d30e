import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type SessionToken = Schemas['Session']

export function createSession(code: string): Promise<SessionToken> {
  return request<SessionToken>('/v1/sessions', { method: 'POST', body: { code }, auth: false, retries: 0 })
}
