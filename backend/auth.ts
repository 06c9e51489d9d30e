/**
 * Sessions: opaque bearer tokens, stored only as hashes, valid for a fixed time in real time (the
 * operator's demo clock never revives or ends a session). And a small fixed-window rate limiter,
 * used for sign-ins per client address and for requests per signed-in account.
 */
import { randomBytes } from 'node:crypto'
import { fail } from './errors'
import { sha256, type Store, type UserRecord } from './store'

export const SESSION_TTL_MS = 2 * 60 * 60 * 1000

const BEARER = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{8,200})\s*$/i

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly ttlMs = SESSION_TTL_MS,
  ) {}

  issue(userId: string): { token: string; expiresAt: string } {
    const token = randomBytes(24).toString('base64url')
    const now = new Date(Date.now())
    const expiresAt = new Date(now.getTime() + this.ttlMs).toISOString()
    // Drop long-dead sessions so the state does not grow without bound.
    const horizon = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString()
    this.store.state.tokens = this.store.state.tokens.filter((t) => !t.revoked && t.expiresAt > horizon)
    this.store.state.tokens.push({
      tokenHash: sha256(token),
      userId,
      issuedAt: now.toISOString(),
      expiresAt,
      revoked: false,
    })
    return { token, expiresAt }
  }

  /** The signed-in user, or UNAUTHENTICATED for a missing, unknown, expired or revoked token. */
  authenticate(authorization: string | undefined): UserRecord {
    const match = BEARER.exec(authorization ?? '')
    if (!match) throw fail('UNAUTHENTICATED', authorization ? undefined : '请先登录')
    const hash = sha256(match[1])
    const record = this.store.state.tokens.find((t) => t.tokenHash === hash)
    const user = record ? this.store.user(record.userId) : undefined
    if (!record || !user || record.revoked || Date.parse(record.expiresAt) <= Date.now())
      throw fail('UNAUTHENTICATED')
    return user
  }

  /** 退出登录: the token answers 401 from now on. False when it was not a live token. */
  revoke(authorization: string | undefined): boolean {
    const match = BEARER.exec(authorization ?? '')
    if (!match) return false
    const hash = sha256(match[1])
    const record = this.store.state.tokens.find((t) => t.tokenHash === hash && !t.revoked)
    if (!record) return false
    record.revoked = true
    return true
  }

  /** Whose token this is, expired or not; undefined when unknown. Never an error. */
  owner(authorization: string | undefined): UserRecord | undefined {
    const match = BEARER.exec(authorization ?? '')
    if (!match) return undefined
    const hash = sha256(match[1])
    const record = this.store.state.tokens.find((t) => t.tokenHash === hash)
    return record ? this.store.user(record.userId) : undefined
  }

  /** Makes existing tokens (of one user, or everyone's) answer 401; returns how many. */
  expire(userId?: string): number {
    let n = 0
    for (const t of this.store.state.tokens) {
      if (!t.revoked && (!userId || t.userId === userId)) {
        t.revoked = true
        n++
      }
    }
    return n
  }
}

export interface RateLimitOptions {
  /** Sign-ins allowed per client address per window */
  sessionsPerWindow: number
  /** Requests allowed per signed-in account per window (every operation that needs a token) */
  requestsPerAccount: number
  windowMs: number
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  sessionsPerWindow: 120,
  requestsPerAccount: 300,
  windowMs: 60_000,
}

/** The public verification page: look-ups per client address (a site check needs a few). */
export interface VerifyRateLimitOptions {
  lookupsPerWindow: number
  windowMs: number
}

export const VERIFY_RATE_LIMIT: VerifyRateLimitOptions = { lookupsPerWindow: 30, windowMs: 60_000 }

/**
 * Fixed windows on real time (the operator's clock jumps must not lock anyone out). Windows that
 * have ended are dropped once per window length, so a stream of new keys (addresses, accounts)
 * cannot grow the table without bound.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()
  private lastSweep = Date.now()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** null when allowed, else the seconds to wait. */
  hit(key: string): number | null {
    const now = Date.now()
    if (now - this.lastSweep >= this.windowMs) this.sweep(now)
    let w = this.windows.get(key)
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 }
      this.windows.set(key, w)
    }
    w.count++
    if (w.count <= this.limit) return null
    return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000))
  }

  /** How many windows are held (ended ones included until the next sweep). */
  get size(): number {
    return this.windows.size
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key)
    this.lastSweep = now
  }

  reset(): void {
    this.windows.clear()
  }
}
