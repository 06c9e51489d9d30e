/**
 * Every failure leaves the backend as the same envelope: a stable code, a Chinese message, the
 * HTTP status the domain assigns to that code, and optional per-field errors and details.
 */
import { DomainError, ERROR_HTTP_STATUS, ERROR_MESSAGES, type ErrorCode } from '../src/domain'
import type { FieldError } from './validation'

export interface FailureExtras {
  fields?: FieldError[]
  details?: Record<string, unknown>
  /** Overrides the code's usual status (a 502 from a fault is still SERVICE_UNAVAILABLE). */
  status?: number
  headers?: Record<string, string>
}

export class ApiFailure extends Error {
  readonly code: ErrorCode
  readonly extras: FailureExtras

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], extras: FailureExtras = {}) {
    super(message)
    this.name = 'ApiFailure'
    this.code = code
    this.extras = extras
  }

  get status(): number {
    return this.extras.status ?? ERROR_HTTP_STATUS[this.code]
  }
}

export const fail = (code: ErrorCode, message?: string, extras?: FailureExtras): ApiFailure =>
  new ApiFailure(code, message ?? ERROR_MESSAGES[code], extras)

export const validationFailed = (
  fields: FieldError[],
  message = '填写的内容有误，请按提示修改',
): ApiFailure => new ApiFailure('VALIDATION_FAILED', message, { fields })

export const notFound = (message = ERROR_MESSAGES.NOT_FOUND): ApiFailure =>
  new ApiFailure('NOT_FOUND', message)

export function errorEnvelope(failure: ApiFailure, serverTime: string) {
  const error: Record<string, unknown> = { code: failure.code, message: failure.message }
  if (failure.extras.fields?.length) error.fields = failure.extras.fields
  if (failure.extras.details && Object.keys(failure.extras.details).length)
    error.details = failure.extras.details
  return { error, meta: { serverTime } }
}

/**
 * What the client sees for any thrown value: domain refusals keep their code, the framework's and
 * plugins' client errors (bad media type, body too large) get theirs, anything else is INTERNAL.
 */
export function toFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err
  if (err instanceof DomainError) return new ApiFailure(err.code, err.message)
  const framework = err as { code?: unknown; statusCode?: unknown } | null
  if (framework && typeof framework.statusCode === 'number' && framework.statusCode < 500) {
    const code = typeof framework.code === 'string' ? framework.code : ''
    const status = framework.statusCode
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE' || status === 413) {
      return new ApiFailure('PAYLOAD_TOO_LARGE')
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return new ApiFailure('VALIDATION_FAILED', '不支持的请求内容类型')
    }
    if (status === 404) return new ApiFailure('NOT_FOUND')
    return new ApiFailure('VALIDATION_FAILED', '请求格式不正确')
  }
  return new ApiFailure('INTERNAL')
}

/** Reverse lookup for status faults: the code a bare HTTP status stands for. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 429) return 'RATE_LIMITED'
  if (status === 413) return 'PAYLOAD_TOO_LARGE'
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE'
  if (status === 404) return 'NOT_FOUND'
  if (status === 422 || status === 400) return 'VALIDATION_FAILED'
  return 'INTERNAL'
}
