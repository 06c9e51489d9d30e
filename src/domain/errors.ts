/**
 * Stable error codes shared by the reference backend and the client. The backend sends the code
 * with a Chinese message; the client maps the code to guidance, so codes never change meaning.
 */
import type { Schemas } from './types'

/** The contract's error codes; ERROR_MESSAGES and ERROR_HTTP_STATUS must cover every one. */
export type ErrorCode = Schemas['ErrorCode']

/** Every code, listed at run time (the contract's order). */
export const ERROR_CODES: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  'REALNAME_REQUIRED',
  'REALNAME_ALREADY_BOUND',
  'IDENTITY_MISMATCH',
  'FACE_VERIFICATION_FAILED',
  'VERIFICATION_EXPIRED',
  'REALNAME_ATTEMPTS_EXCEEDED',
  'PHOTO_REQUIRED',
  'PHOTO_REJECTED',
  'OPEN_APPLICATION_EXISTS',
  'EMPLOYER_MISMATCH',
  'EMPLOYMENT_REQUIRED',
  'NO_EMPLOYER_CHANGE',
  'EMPLOYER_OUT_OF_PROVINCE',
  'RENEWAL_WINDOW_NOT_OPEN',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_NOT_ACTIVE',
  'CONSTRUCTOR_REGISTRATION_MISSING',
  'SOURCE_NOT_TRANSFERRED_OUT',
  'TRANSFER_IN_EXPIRED',
  'SOURCE_DETAILS_MISMATCH',
  'NOT_WITHDRAWABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'RESULT_EXPIRED',
]

/** Default message per code; rule checks replace it with a more specific one when they know more. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '登录已失效，请重新进入小程序',
  VALIDATION_FAILED: '填写的内容有误，请按提示修改后重新提交',
  NOT_FOUND: '未找到相关信息，请返回刷新后重试',
  RATE_LIMITED: '操作过于频繁，请稍等一会儿再试',
  PAYLOAD_TOO_LARGE: '上传的文件过大，请压缩后重新上传',
  INTERNAL: '服务出了点问题，请稍后重试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试',
  REALNAME_REQUIRED: '请先完成实名认证，再办理业务',
  REALNAME_ALREADY_BOUND: '该身份证号已绑定其他微信账号，请使用原微信登录，或联系聘用企业协助处理',
  IDENTITY_MISMATCH: '姓名与身份证号不一致，请核对后重新填写',
  FACE_VERIFICATION_FAILED: '人脸核身未通过，请在光线充足处正对手机重新核验',
  VERIFICATION_EXPIRED: '核验已超时，请重新开始实名认证',
  REALNAME_ATTEMPTS_EXCEEDED: '实名认证的次数已达上限，请稍后再试',
  PHOTO_REQUIRED: '请先上传蓝底证件照',
  PHOTO_REJECTED: '证件照不符合要求，请按提示重新拍摄或选择蓝底证件照',
  OPEN_APPLICATION_EXISTS: '您尚有未办结的申请事项，请等待办结后再进行申报',
  EMPLOYER_MISMATCH: '安管人员聘用企业与申报企业不一致',
  EMPLOYMENT_REQUIRED: '未查询到您的聘用关系，请先刷新聘用关系；如仍没有，请联系聘用企业登记',
  NO_EMPLOYER_CHANGE:
    '证书上的企业与当前聘用企业相同，无需办理证书变更；如已换单位，请新单位先登记聘用关系后刷新',
  EMPLOYER_OUT_OF_PROVINCE:
    '该企业不是在安徽省登记的企业：省内变更单位办理证书变更，到外省工作请申请跨省转出',
  RENEWAL_WINDOW_NOT_OPEN: '证书有效期截止日期前3个月内才能申请延期复核',
  CERTIFICATE_EXPIRED: '证书已过期，不能办理此业务，需重新参加考核取得证书',
  CERTIFICATE_NOT_ACTIVE: '证书已注销、已转出或被暂扣，只能查看，不能办理业务',
  CONSTRUCTOR_REGISTRATION_MISSING: '若申请人办理B类证书受聘企业变更业务，须先办理建造师注册证书执业企业变更',
  SOURCE_NOT_TRANSFERRED_OUT: '原证书尚未在全国平台「办理转出」，请先在原发证省份办理转出',
  TRANSFER_IN_EXPIRED: '原证书已过期，不能办理跨省转入，需在本省重新参加考核',
  SOURCE_DETAILS_MISMATCH: '填写的原证书信息与全国平台的记录不一致，请核对后修改',
  NOT_WITHDRAWABLE: '企业或主管部门已经办理，不能撤回；如需变更，请联系聘用企业',
  IDEMPOTENCY_KEY_REUSED: '该提交已处理过，内容不同，请刷新后重新提交',
  RESULT_EXPIRED:
    '成绩不存在或已过期（首次考核成绩保留2年，继续教育成绩保留3年），请参加继续教育并考核合格后再申请延期复核',
}

export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
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
  EMPLOYMENT_REQUIRED: 409,
  NO_EMPLOYER_CHANGE: 409,
  EMPLOYER_OUT_OF_PROVINCE: 409,
  RENEWAL_WINDOW_NOT_OPEN: 409,
  CERTIFICATE_EXPIRED: 409,
  CERTIFICATE_NOT_ACTIVE: 409,
  CONSTRUCTOR_REGISTRATION_MISSING: 409,
  SOURCE_NOT_TRANSFERRED_OUT: 409,
  TRANSFER_IN_EXPIRED: 409,
  SOURCE_DETAILS_MISMATCH: 422,
  NOT_WITHDRAWABLE: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  RESULT_EXPIRED: 409,
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

/** A rule refused an operation; the backend turns it into an error response with this code. */
export class DomainError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, DomainError.prototype)
  }

  get httpStatus(): number {
    return ERROR_HTTP_STATUS[this.code]
  }
}
