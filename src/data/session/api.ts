import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type SessionToken = Schemas['Session']

export function createSession(code: string): Promise<SessionToken> {
  return request<SessionToken>('/v1/sessions', { method: 'POST', body: { code }, auth: false, retries: 0 })
}

/**
 * 退出登录: asks the backend to end this token at once. Sent with the token in hand (not through
 * the sign-in the client does on a 401), never retried: the app forgets the token whatever the
 * answer, and an unsent request leaves it to expire on its own.
 */
export function deleteSession(token: string): Promise<null> {
  return request<null>('/v1/sessions/current', {
    method: 'DELETE',
    auth: false,
    headers: { Authorization: `Bearer ${token}` },
    retries: 0,
    timeoutMs: 8000,
  })
}
