/** What a route handler gets: the validated request, the signed-in user and the backend's services. */
import type Ajv2020 from 'ajv/dist/2020'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { RateLimiter, Sessions } from './auth'
import type { Clock } from './clock'
import type { Contract } from './contract'
import { fail } from './errors'
import type { Faults } from './faults'
import type { ClientConfig } from './model'
import type { RealNameLimits } from './realname'
import type { KeyedMutex, Store, UserRecord } from './store'

export interface Services {
  store: Store
  clock: Clock
  config: ClientConfig
  /** The development stand-ins are on (demo login codes, development face check and phone codes) */
  demo: boolean
  sessions: Sessions
  /** Sign-ins per client address */
  sessionLimiter: RateLimiter
  /** Requests per signed-in account */
  accountLimiter: RateLimiter
  realNameLimits: RealNameLimits
  /** Look-ups of the public verification page per client address */
  verifyLimiter: RateLimiter
  /** The deployment's public https address for verification links; absent: the request's own */
  publicBaseUrl?: string
  faults: Faults
  locks: KeyedMutex
  contract: Contract
  /** Ajv with the contract's schemas, no coercion (for type-dependent body parts) */
  bodyAjv: Ajv2020
  /** Back to the seeded world (operator reset) */
  reset(): void
  /** Writes the state file, when there is one */
  persist(): void
}

export interface RequestContext {
  request: FastifyRequest
  reply: FastifyReply
  params: Record<string, string>
  query: Record<string, unknown>
  /** Lower-cased header names, as Node delivers them */
  headers: Record<string, string | string[] | undefined>
  body: unknown
  /** The signed-in user on secured operations */
  user: UserRecord | null
  services: Services
}

export type HandlerResult =
  | { status?: number; data: unknown }
  | { raw: true; status?: number; contentType: string; body: Buffer; headers?: Record<string, string> }

export type Handler = (ctx: RequestContext) => HandlerResult | Promise<HandlerResult>

export type HandlerMap = Record<string, Handler>

export function signedIn(ctx: RequestContext): UserRecord {
  if (!ctx.user) throw fail('UNAUTHENTICATED')
  return ctx.user
}

export type VerifiedUser = UserRecord & { realName: NonNullable<UserRecord['realName']> }

/** R1 for resources that exist only for a verified person. */
export function verified(ctx: RequestContext): VerifiedUser {
  const user = signedIn(ctx)
  if (!user.realName) throw fail('REALNAME_REQUIRED')
  return user as VerifiedUser
}

export function header(ctx: RequestContext, name: string): string | undefined {
  const v = ctx.headers[name.toLowerCase()]
  return Array.isArray(v) ? v[0] : v
}
