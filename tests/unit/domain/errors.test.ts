import {
  DomainError,
  ERROR_CODES,
  ERROR_HTTP_STATUS,
  ERROR_MESSAGES,
  isErrorCode,
  type ErrorCode,
} from '../../../src/domain'

describe('error codes', () => {
  it('has a Chinese message and an HTTP status for every code', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fff]/)
      expect(ERROR_HTTP_STATUS[code]).toBeGreaterThanOrEqual(400)
    }
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort())
    expect(Object.keys(ERROR_HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort())
  })

  it('maps codes to the agreed HTTP statuses', () => {
    const expected: Partial<Record<ErrorCode, number>> = {
      UNAUTHENTICATED: 401,
      VALIDATION_FAILED: 422,
      NOT_FOUND: 404,
      RATE_LIMITED: 429,
      PAYLOAD_TOO_LARGE: 413,
      INTERNAL: 500,
      SERVICE_UNAVAILABLE: 503,
      REALNAME_REQUIRED: 403,
      REALNAME_ALREADY_BOUND: 409,
      IDENTITY_MISMATCH: 422,
      FACE_VERIFICATION_FAILED: 422,
      VERIFICATION_EXPIRED: 410,
      REALNAME_ATTEMPTS_EXCEEDED: 429,
      PHOTO_REQUIRED: 409,
      PHOTO_REJECTED: 422,
      OPEN_APPLICATION_EXISTS: 409,
      EMPLOYER_MISMATCH: 409,
      EMPLOYER_OUT_OF_PROVINCE: 409,
      SOURCE_DETAILS_MISMATCH: 422,
      NOT_WITHDRAWABLE: 409,
      IDEMPOTENCY_KEY_REUSED: 409,
      RESULT_EXPIRED: 409,
    }
    for (const [code, status] of Object.entries(expected)) {
      expect([code, ERROR_HTTP_STATUS[code as ErrorCode]]).toEqual([code, status])
    }
    expect(ERROR_CODES).toHaveLength(30)
  })

  it('R2/R3/R6 keep the official wording', () => {
    expect(ERROR_MESSAGES.OPEN_APPLICATION_EXISTS).toBe('您尚有未办结的申请事项，请等待办结后再进行申报')
    expect(ERROR_MESSAGES.EMPLOYER_MISMATCH).toBe('安管人员聘用企业与申报企业不一致')
    expect(ERROR_MESSAGES.CONSTRUCTOR_REGISTRATION_MISSING).toBe(
      '若申请人办理B类证书受聘企业变更业务，须先办理建造师注册证书执业企业变更',
    )
  })

  it('isErrorCode accepts only known codes', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true)
    expect(isErrorCode('NETWORK')).toBe(false)
    expect(isErrorCode(404)).toBe(false)
  })

  it('DomainError carries the code, its default message and HTTP status', () => {
    const e = new DomainError('NOT_WITHDRAWABLE')
    expect(e).toBeInstanceOf(DomainError)
    expect(e).toBeInstanceOf(Error)
    expect(e.code).toBe('NOT_WITHDRAWABLE')
    expect(e.message).toBe(ERROR_MESSAGES.NOT_WITHDRAWABLE)
    expect(e.httpStatus).toBe(409)
    expect(new DomainError('VALIDATION_FAILED', '具体原因').message).toBe('具体原因')
  })
})
