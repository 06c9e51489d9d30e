/**
 * 实名认证 limits. A start reveals nothing about the register (every well-formed start gets a verify
 * id), so what is left to limit is the face check itself and its cost: starts per account and per
 * ID number in any 24 hours (real time, so moving the demo clock neither resets nor extends them),
 * one open verification per account (a new start with other details ends the previous one), and a
 * few failed confirmations per verify id.
 */
import { fail } from './errors'
import type { Store, VerificationRecord } from './store'

export interface RealNameLimits {
  startsPerAccountPerDay: number
  startsPerIdNumberPerDay: number
  /** Failed face checks one verify id takes; then it is closed and the holder starts again */
  failedConfirmations: number
}

export const DEFAULT_REALNAME_LIMITS: RealNameLimits = {
  startsPerAccountPerDay: 5,
  startsPerIdNumberPerDay: 5,
  failedConfirmations: 3,
}

export const DAY_MS = 24 * 60 * 60 * 1000

/** When a start happened, in real time (records saved before it was recorded: their creation). */
export const startedAt = (v: VerificationRecord): number => v.startedAtMs ?? Date.parse(v.createdAt)

/** A wait in plain words: 「40 秒」「25 分钟」「3 小时 20 分钟」. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} 秒`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return `${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest ? `${hours} 小时 ${rest} 分钟` : `${hours} 小时`
}

function refuse(
  records: VerificationRecord[],
  nowMs: number,
  limit: 'ACCOUNT_DAILY' | 'ID_NUMBER_DAILY',
  what: string,
): never {
  const oldest = Math.min(...records.map(startedAt))
  const seconds = Math.max(1, Math.ceil((oldest + DAY_MS - nowMs) / 1000))
  throw fail('REALNAME_ATTEMPTS_EXCEEDED', `${what}，请在 ${waitText(seconds)}后再试`, {
    headers: { 'Retry-After': String(seconds) },
    details: { retryAfterSeconds: seconds, limit },
  })
}

/** Throws REALNAME_ATTEMPTS_EXCEEDED when one more start would pass a daily limit. */
export function checkStartLimits(
  store: Store,
  limits: RealNameLimits,
  userId: string,
  idNumber: string,
  nowMs: number,
): void {
  const recent = store.state.verifications.filter((v) => startedAt(v) > nowMs - DAY_MS)
  const byAccount = recent.filter((v) => v.userId === userId)
  if (byAccount.length >= limits.startsPerAccountPerDay) {
    refuse(
      byAccount,
      nowMs,
      'ACCOUNT_DAILY',
      `本微信账号 24 小时内已开始实名认证 ${byAccount.length} 次，已达上限`,
    )
  }
  const byIdNumber = recent.filter((v) => v.idNumber === idNumber)
  if (byIdNumber.length >= limits.startsPerIdNumberPerDay) {
    refuse(
      byIdNumber,
      nowMs,
      'ID_NUMBER_DAILY',
      `这个身份证号 24 小时内的实名认证次数已达上限（如不是您本人在操作，请联系聘用企业）`,
    )
  }
}

/** Keeps a day of attempts (the limits count them; a lost confirmation answer finds its record). */
export function forgetOldAttempts(store: Store, nowMs: number): void {
  store.state.verifications = store.state.verifications.filter((v) => startedAt(v) > nowMs - DAY_MS)
}
