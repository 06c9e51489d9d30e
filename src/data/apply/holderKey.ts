import type { HolderProfile } from '../profile/api'

/** Drafts typed before 实名认证 belong to whoever verifies next on this phone. */
export const GUEST_HOLDER = 'guest'

/** FNV-1a, 32 bits: enough to tell holders apart on one phone, and it keeps names out of storage keys. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

/**
 * A stable key for the verified holder, from what the app already shows (name and masked ID
 * number); the backend exposes no user id and the session token changes on every sign-in.
 */
export function holderKeyOf(profile: HolderProfile | null | undefined): string {
  const realName = profile?.realName
  if (realName?.status !== 'VERIFIED' || !realName.idNumberMasked) return GUEST_HOLDER
  return `h${fnv1a(`${realName.name ?? ''}|${realName.idNumberMasked}`)}`
}
