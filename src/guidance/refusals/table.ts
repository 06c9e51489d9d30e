/**
 * One explanation and one next step for every refusal the holder can meet: each error code of the
 * contract, each client-side failure, each eligibility reason (codes and guide topics), and the
 * 常见问题 entry that tells more. Refusal views read this table; a unit test fails when a code has
 * no entry.
 */
import type { ErrorCode } from '../../domain/errors'
import type { EligibilityReason, GuideTopic } from '../../domain/eligibility'
import type { ClientErrorCode } from '../../services/errors'
import { ANY_PAGE_GUIDANCE } from './anyPage'
import { offline, to, type Guidance } from './steps'

export type ReasonCode = EligibilityReason['code']

/** Everything a refusal can be keyed by. Guide topics never collide with error codes. */
export type GuidanceKey = ErrorCode | ClientErrorCode | ReasonCode | GuideTopic

const PHOTO = to('photo')
const EMPLOYMENT = to('employment')
const WORK = to('work')
const RETAKE = to('guideRetake')

export const GUIDANCE: Record<GuidanceKey, Guidance> = {
  ...ANY_PAGE_GUIDANCE,
  // ---- Error codes of the contract ----
  VALIDATION_FAILED: {
    explanation: '有内容不符合填写要求，输入框下方的红字写明了原因。',
    next: offline('按红字提示修改后重新提交；已填写的内容会保存'),
    faq: 'form-errors',
  },
  PAYLOAD_TOO_LARGE: {
    explanation: '上传的文件超过了大小限制。',
    next: to('photoPick'),
    faq: 'photo-rejected',
  },
  REALNAME_ALREADY_BOUND: {
    explanation: '一个身份证号只能绑定一个微信账号，防止他人冒用。',
    next: offline('用当初实名认证的微信登录；原微信不能用时，请联系聘用企业'),
    faq: 'realname-bound',
  },
  IDENTITY_MISMATCH: {
    explanation: '姓名和身份证号须与身份证上的完全一致，多为某个字或某一位输错了。',
    next: to('realnameCheck'),
    faq: 'realname-failed',
  },
  FACE_VERIFICATION_FAILED: {
    explanation: '人脸核身要确认是本人操作，光线暗、角度偏或戴帽子眼镜都会影响结果。',
    next: to('faceAgain'),
    faq: 'realname-failed',
  },
  VERIFICATION_EXPIRED: {
    explanation: '从填写到完成人脸核身有时间限制，超时或多次未通过后需要重新开始。',
    next: to('realnameAgain'),
    faq: 'realname-failed',
  },
  REALNAME_ATTEMPTS_EXCEEDED: {
    explanation: '为防止他人冒用身份证号，每个微信账号和每个身份证号每天能开始实名认证的次数有限。',
    next: offline('到提示的时间后再点「开始认证」；本页已填写的内容会保留'),
    faq: 'realname-failed',
  },
  PHOTO_REQUIRED: {
    explanation: '企业办理信息变更（如更换证书照片）时，要用到您上传的蓝底证件照。',
    next: PHOTO,
    faq: 'photo-why',
  },
  PHOTO_REJECTED: {
    explanation: '证件照须为蓝色背景、本人正面、光线均匀的清晰照片。',
    next: to('photoAgain'),
    faq: 'photo-rejected',
  },
  OPEN_APPLICATION_EXISTS: {
    explanation: '同一身份证号同时只能有一项业务在办理，上一项办结或撤回后才能申请新的。',
    next: WORK,
    faq: 'one-at-a-time',
  },
  EMPLOYER_MISMATCH: {
    explanation: '延期复核由证书上的企业提交，它必须是您当前的聘用企业；跨省转出和证书注销没有这项要求。',
    next: EMPLOYMENT,
    faq: 'employer-mismatch',
  },
  EMPLOYMENT_REQUIRED: {
    explanation: '业务由聘用企业提交，需要企业先登记与您的聘用关系。',
    next: EMPLOYMENT,
    faq: 'no-employment',
  },
  NO_EMPLOYER_CHANGE: {
    explanation: '证书变更用于更换单位，而证书上的企业已经是您当前的聘用企业。',
    next: EMPLOYMENT,
    faq: 'same-employer',
  },
  EMPLOYER_OUT_OF_PROVINCE: {
    explanation: '证书变更和跨省转入只在安徽省内的企业之间办理；到外省工作要办理跨省转出。',
    next: to('applyTransferOutInstead'),
    faq: 'transfer-out',
  },
  RENEWAL_WINDOW_NOT_OPEN: {
    explanation: '延期复核在证书有效期截止前3个月内办理，太早提交不会受理。',
    next: offline('到可申请的日期后再来申请，首页会提示「即将到期」'),
    faq: 'renewal-window',
  },
  CERTIFICATE_EXPIRED: {
    explanation: '证书过期后不能延期复核，也不能办理其他业务，需要重新考核取证。',
    next: RETAKE,
    faq: 'expired',
  },
  CERTIFICATE_NOT_ACTIVE: {
    explanation: '已注销、已转出或被暂扣的证书只能查看，不能办理业务。',
    next: to('guideInactive'),
    faq: 'certificate-inactive',
  },
  CONSTRUCTOR_REGISTRATION_MISSING: {
    explanation: 'B类证书须与您的建造师注册在同一家企业。',
    next: to('guideConstructor'),
    faq: 'constructor-b',
  },
  SOURCE_NOT_TRANSFERRED_OUT: {
    explanation: '外省证书要先由原发证省份办理转出，安徽才能接收。',
    next: to('guideSourceTransferOut'),
    faq: 'transfer-in-source',
  },
  TRANSFER_IN_EXPIRED: {
    explanation: '转入后有效期不变，已经过期的证书不能转入。',
    next: RETAKE,
    faq: 'transfer-in',
  },
  SOURCE_DETAILS_MISMATCH: {
    explanation: '转入后证书的类别和有效期沿用全国平台的记录，填写的要与记录一致。',
    next: offline(
      '对照原证书改正「类别」或「有效期至」后再提交；原证书与全国平台不一致的，请联系原发证省份更正',
    ),
    faq: 'transfer-in',
  },
  NOT_WITHDRAWABLE: {
    explanation: '企业或主管部门已经开始办理，小程序中不能再撤回。',
    next: offline('如需停止办理，请联系聘用企业'),
    faq: 'withdraw',
  },
  IDEMPOTENCY_KEY_REUSED: {
    explanation: '这份申请之前已经提交过，系统会防止重复提交。',
    next: WORK,
    faq: 'duplicate-submit',
  },

  RESULT_EXPIRED: {
    explanation: '延期复核要用到有效期内的合格成绩：首次考核成绩保留2年，继续教育成绩保留3年。',
    next: to('guideContinuingEducation'),
    faq: 'result-expired',
  },

  // ---- Failures the client detects itself ----

  // ---- Eligibility warning ----
  TRANSFER_IN_EXPIRING: {
    explanation: '转入后证书有效期不变，剩余时间不多，办结后要尽快延期复核。',
    next: to('helpRenewal'),
    faq: 'transfer-in',
  },

  // ---- Guide topics (paths finished outside the app) ----
  RETAKE_EXAM: {
    explanation: '过期或注销的证书不能恢复，需要重新参加考核取得新证书。',
    next: RETAKE,
    faq: 'expired',
  },
  FORCED_TRANSFER: {
    explanation: '原单位不配合确认或已注销时，由新单位申请强制调动。',
    next: to('guideForcedTransfer'),
    faq: 'forced-transfer',
  },
  FORCED_CANCELLATION: {
    explanation: '企业不配合注销或已注销时，可由本人提供材料线下申请强制注销。',
    next: to('guideForcedCancellation'),
    faq: 'forced-cancellation',
  },
  CONSTRUCTOR_CHANGE: {
    explanation: 'B类证书跟随建造师注册，建造师要先注册到对应的企业。',
    next: to('guideConstructor'),
    faq: 'constructor-b',
  },
  SOURCE_TRANSFER_OUT: {
    explanation: '原证书在全国平台显示「办理转出」后，才能转入安徽。',
    next: to('guideSourceTransferOut'),
    faq: 'transfer-in-source',
  },
  CONTINUING_EDUCATION: {
    explanation: '成绩过期或不合格时，参加继续教育并考核合格后才能延期复核。',
    next: to('guideContinuingEducation'),
    faq: 'result-expired',
  },
  EMPLOYER_INFO_CHANGE: {
    explanation: '照片、职务和企业更名由聘用企业发起，您需先实名认证并上传证件照。',
    next: to('guideInfoChange'),
    faq: 'info-change',
  },
}

export { FALLBACK_GUIDANCE } from './anyPage'
export type { Guidance, NextStep } from './steps'
