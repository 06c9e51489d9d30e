/** 办结: what a completed application does to the certificate, 信息变更 included. */
import { refuseTransition } from './applicationTransition'
import { addYears } from './dates'
import { DomainError } from './errors'
import type { Application, Certificate, CertificateRecordStatus, Employer, InfoChangeRequest } from './types'

export type CompletionEffect =
  | { kind: 'extendValidity'; validUntil: string }
  | { kind: 'setRecordStatus'; status: CertificateRecordStatus }
  | { kind: 'setEmployer'; employer: Employer }
  | { kind: 'createCertificate'; number?: undefined }
  | { kind: 'applyInfoChange'; changes: InfoChangeRequest }

/** Renewal extends validity by this many years from the old 有效期截止日期 (not from today). */
export const RENEWAL_EXTENSION_YEARS = 3

/**
 * What 办结 does to the certificate. Only for COMPLETED applications, so an effect is never
 * applied early by mistake.
 */
export function completionEffect(
  app: Application,
  certificate: Certificate | undefined,
  _today: string,
): CompletionEffect {
  if (app.status !== 'COMPLETED') refuseTransition(app, '生效')
  switch (app.type) {
    case 'RENEWAL':
      if (!certificate) throw new DomainError('NOT_FOUND', '未找到延期复核对应的证书')
      return { kind: 'extendValidity', validUntil: addYears(certificate.validUntil, RENEWAL_EXTENSION_YEARS) }
    case 'TRANSFER_OUT':
      return { kind: 'setRecordStatus', status: 'TRANSFERRED_OUT' }
    case 'CANCELLATION':
      return { kind: 'setRecordStatus', status: 'CANCELLED' }
    case 'CHANGE_EMPLOYER':
      if (!app.employer) throw new DomainError('VALIDATION_FAILED', '证书变更缺少接收企业，无法办结')
      return { kind: 'setEmployer', employer: { ...app.employer } }
    case 'TRANSFER_IN':
      return { kind: 'createCertificate' }
    case 'INFO_CHANGE':
      return { kind: 'applyInfoChange', changes: infoChangeRequestOf(app) }
  }
}

/** INFO_CHANGE: the enterprise's request as stored in the application's fields. */
export function infoChangeRequestOf(app: Pick<Application, 'fields'>): InfoChangeRequest {
  const f = (app.fields ?? {}) as Record<string, unknown>
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
  const request: InfoChangeRequest = {}
  const position = text(f.position)
  const employerName = text(f.employerName)
  if (position) request.position = position
  if (employerName) request.employerName = employerName
  if (f.photo === true) request.photo = true
  return request
}

/** 信息变更 items in words: 照片变更、职务变更（安全部经理）、企业更名（…）. */
export function infoChangeItems(request: InfoChangeRequest): string[] {
  const items: string[] = []
  if (request.photo) items.push('证书照片变更')
  if (request.position) items.push(`职务变更（${request.position}）`)
  if (request.employerName) items.push(`企业更名（${request.employerName}）`)
  return items
}
