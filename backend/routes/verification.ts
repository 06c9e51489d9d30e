/**
 * 扫码验真: the holder's verification link (and replacing it), and the public page the QR code opens.
 * The page answers in HTML whatever happens (unknown, replaced, too many look-ups), since whoever
 * scans it has a phone browser, not the app.
 */
import { certificateDisplayStatus } from '../../src/domain/certificateStatus'
import { maskName } from '../../src/domain/person'
import { verified, type HandlerMap, type HandlerResult, type RequestContext } from '../context'
import { cstMinute, ISSUING_AUTHORITY } from '../documents/certificate'
import { verifyPageHtml, type VerifyPage } from '../documents/verifyPage'
import { notFound } from '../errors'
import type { CertificateRecord } from '../store'
import { currentLink, lookUpToken, publicBase, reissueLink } from '../verification'
import { visibleCertificates } from '../views'

const STATUS: Record<VerifyPage['kind'], number> = { found: 200, unknown: 404, revoked: 410, limited: 429 }

function html(page: VerifyPage): HandlerResult {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  }
  if (page.kind === 'limited') headers['Retry-After'] = String(page.retryAfterSeconds)
  return {
    raw: true,
    status: STATUS[page.kind],
    contentType: 'text/html; charset=utf-8',
    body: Buffer.from(verifyPageHtml(page), 'utf8'),
    headers,
  }
}

function ownCertificate(ctx: RequestContext): CertificateRecord {
  const user = verified(ctx)
  const record = visibleCertificates(user, ctx.services.store).find((c) => c.id === ctx.params.certificateId)
  if (!record) throw notFound('未找到该证书，请返回首页刷新证书')
  return record
}

/** The record's last change (an 办结 or the authority's own action), else its issue date. */
function lastUpdated(record: CertificateRecord): string {
  const instants = [record.changes?.[record.changes.length - 1]?.at, record.updatedAt].filter(
    (at): at is string => Boolean(at),
  )
  return instants.length ? cstMinute(instants.sort()[instants.length - 1]) : record.issuedOn
}

export const verificationHandlers: HandlerMap = {
  getVerificationLink(ctx) {
    const record = ownCertificate(ctx)
    return { data: currentLink(ctx.services, record.id, publicBase(ctx.services, ctx.request)) }
  },

  reissueVerificationLink(ctx) {
    const record = ownCertificate(ctx)
    const link = reissueLink(ctx.services, record.id, publicBase(ctx.services, ctx.request))
    ctx.request.log.info({ certificate: record.id }, 'verification link replaced')
    return { data: link }
  },

  verifyCertificate(ctx) {
    const { services } = ctx
    const wait = services.verifyLimiter.hit(ctx.request.ip)
    if (wait !== null) return html({ kind: 'limited', retryAfterSeconds: wait })
    const found = lookUpToken(services, ctx.params.token)
    if (found.kind === 'unknown') return html({ kind: 'unknown' })
    if (found.kind === 'revoked') return html({ kind: 'revoked', revokedOn: cstMinute(found.revokedAt) })
    const record = services.store.certificate(found.certificateId)
    if (!record) return html({ kind: 'unknown' })
    const today = services.clock.today()
    return html({
      kind: 'found',
      certificate: {
        maskedName: maskName(services.store.person(record.idNumber)?.name ?? ''),
        category: record.category,
        number: record.number,
        employerName: record.employer.name,
        issuedOn: record.issuedOn,
        validUntil: record.validUntil,
        issuer: ISSUING_AUTHORITY,
        status: certificateDisplayStatus(record, today, services.config.renewalWindowMonths),
        updated: lastUpdated(record),
        checkedAt: cstMinute(services.clock.nowIso()),
      },
    })
  },
}
