import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type RealNameStart = Schemas['RealNameVerification']
type HolderProfile = Schemas['HolderProfile']

/** The full ID number travels only here, in the request body, never in a URL or a log. */
export function startRealName(
  input: { name: string; idNumber: string } & ({ phone: string } | { phoneCode: string }),
): Promise<RealNameStart> {
  return request<RealNameStart>('/v1/realname/verifications', { method: 'POST', body: input, retries: 0 })
}

export function confirmRealName(verifyId: string, verifyResult: string): Promise<HolderProfile> {
  return request<HolderProfile>(`/v1/realname/verifications/${encodeURIComponent(verifyId)}/confirm`, {
    method: 'POST',
    body: { verifyResult },
  })
}
