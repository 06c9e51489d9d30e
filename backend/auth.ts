/**
 * Sessions: opaque bearer tokens, stored only as hashes, valid for a fixed time on the backend's
 * clock. And a small fixed-window rate limiter for sign-ins per client address.
 */
import { randomBytes } from 'node:crypto'
import type { Clock } from './clock'
import { fail } from './errors'
import { sha256, type Store, type UserRecord } from './store'

export const SESSION_TTL_MS = 2 * 60 * 60 * 1000

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ttlMs = SESSION_TTL_MS,
  ) {}

  issue(userId: string): { token: string; expiresAt: string } {
    const token = randomBytes(24).toString('base64url')
    const now = this.clock.now()
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
    const match = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{8,200})\s*$/i.exec(authorization ?? '')
    if (!match) throw fail('UNAUTHENTICATED', authorization ? undefined : '请先登录')
    const hash = sha256(match[1])
    const record = this.store.state.tokens.find((t) => t.tokenHash === hash)
    const user = record ? this.store.user(record.userId) : undefined
    if (!record || !user || record.revoked || record.expiresAt <= this.clock.nowIso())
      throw fail('UNAUTHENTICATED')
    return user
  }

  /** Whose token this is, expired or not; undefined when unknown. Never an error. */
  owner(authorization: string | undefined): UserRecord | undefined {
    const match = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{8,200})\s*$/i.exec(authorization ?? '')
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
  windowMs: number
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { sessionsPerWindow: 120, windowMs: 60_000 }

/** The public verification page: 30 look-ups a minute per client address (a site check needs a few). */
export const VERIFY_RATE_LIMIT: RateLimitOptions = { sessionsPerWindow: 30, windowMs: 60_000 }

/** Fixed window on real time: the operator's clock jumps must not lock anyone out. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly options: RateLimitOptions) {}

  /** null when allowed, else the seconds to wait. */
  hit(key: string): number | null {
    const now = Date.now()
    let w = this.windows.get(key)
    if (!w || now - w.start >= this.options.windowMs) {
      w = { start: now, count: 0 }
      this.windows.set(key, w)
    }
    w.count++
    if (w.count <= this.options.sessionsPerWindow) return null
    return Math.max(1, Math.ceil((w.start + this.options.windowMs - now) / 1000))
  }

  reset(): void {
    this.windows.clear()
  }
}
