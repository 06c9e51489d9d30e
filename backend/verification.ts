/**
 * 扫码验真: each certificate's verification token, the public page's address, and what the page may
 * show. A token is 128 random bits, issued on first use and kept until the holder replaces it; a
 * replaced token stays on record, revoked, so its page can say so instead of "unknown".
 */
import { randomBytes } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Services } from './context'
import type { VerificationTokenRecord } from './store'

export const VERIFY_PATH = '/verify/'

/** What a token looks like; anything else is answered as unknown without a look-up. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,64}$/

export interface VerificationLink {
  url: string
  token: string
  issuedAt: string
}

/**
 * The public address of the verification page: the configured base (the deployment's https
 * address), else the address the request came in on.
 */
export function publicBase(services: Services, request: FastifyRequest): string {
  if (services.publicBaseUrl) return services.publicBaseUrl.replace(/\/+$/, '')
  return `${request.protocol}://${request.host}`
}

function linkOf(record: VerificationTokenRecord, base: string): VerificationLink {
  return { url: `${base}${VERIFY_PATH}${record.token}`, token: record.token, issuedAt: record.issuedAt }
}

function active(services: Services, certificateId: string): VerificationTokenRecord | undefined {
  return services.store.state.verificationTokens.find(
    (t) => t.certificateId === certificateId && !t.revokedAt,
  )
}

function issue(services: Services, certificateId: string): VerificationTokenRecord {
  const record: VerificationTokenRecord = {
    token: randomBytes(16).toString('base64url'),
    certificateId,
    issuedAt: services.clock.nowIso(),
  }
  services.store.state.verificationTokens.push(record)
  return record
}

/** The certificate's current link; issued (and saved) the first time it is asked for. */
export function currentLink(services: Services, certificateId: string, base: string): VerificationLink {
  let record = active(services, certificateId)
  if (!record) {
    record = issue(services, certificateId)
    services.persist()
  }
  return linkOf(record, base)
}

/** Revokes the current token (if any) and issues a new one. */
export function reissueLink(services: Services, certificateId: string, base: string): VerificationLink {
  const now = services.clock.nowIso()
  for (const t of services.store.state.verificationTokens) {
    if (t.certificateId === certificateId && !t.revokedAt) t.revokedAt = now
  }
  return linkOf(issue(services, certificateId), base)
}

export type TokenLookup =
  { kind: 'unknown' } | { kind: 'revoked'; revokedAt: string } | { kind: 'found'; certificateId: string }

export function lookUpToken(services: Services, token: string): TokenLookup {
  if (!TOKEN_SHAPE.test(token)) return { kind: 'unknown' }
  const record = services.store.state.verificationTokens.find((t) => t.token === token)
  if (!record || !services.store.certificate(record.certificateId)) return { kind: 'unknown' }
  if (record.revokedAt) return { kind: 'revoked', revokedAt: record.revokedAt }
  return { kind: 'found', certificateId: record.certificateId }
}
