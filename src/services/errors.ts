import type { ErrorCode } from '../domain/errors'

/** Codes the client adds for failures that never reached a backend answer. */
export const CLIENT_ERROR_CODES = ['NETWORK', 'TIMEOUT', 'BAD_RESPONSE', 'ABORTED'] as const
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number]

export interface FieldError {
  field: string
  message: string
}

const CLIENT_MESSAGES: Record<ClientErrorCode, string> = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '网络较慢，请求超时，请稍后重试',
  BAD_RESPONSE: '服务暂时返回了无法识别的内容，请稍后重试',
  ABORTED: '已取消',
}

/** Every failed call surfaces as an ApiError: a stable code plus a Chinese message fit to show. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode
  readonly status: number
  readonly fields: FieldError[]
  readonly details: Record<string, unknown>

  constructor(
    code: ErrorCode | ClientErrorCode,
    message: string,
    status = 0,
    fields: FieldError[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.fields = fields
    this.details = details
  }

  static client(code: ClientErrorCode): ApiError {
    return new ApiError(code, CLIENT_MESSAGES[code])
  }

  /** Network trouble, overload or a server fault: worth trying again. */
  get retryable(): boolean {
    return (
      this.code === 'NETWORK' ||
      this.code === 'TIMEOUT' ||
      this.code === 'BAD_RESPONSE' ||
      this.status === 429 ||
      this.status >= 500
    )
  }

  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  return new ApiError('INTERNAL', '出了点问题，请稍后重试')
}
