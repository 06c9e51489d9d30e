/**
 * R1-R10 and R14: may this holder start this application now? The client runs it as a pre-check to explain
 * and guide; the backend runs the same function as the authority. Every failing rule is reported
 * (not just the first), so the holder sees everything to fix at once.
 */
import { APPLICATION_TYPE_LABELS, CERTIFICATE_TYPES } from './applicationTypes'
import { isOpen } from './applicationSteps'
import { isExpired, renewalWindow } from './certificateStatus'
import { checkConstructor, checkEmployerChanged, checkEmployerMatches } from './employerRules'
import {
  RETAKE,
  type EligibilityInput,
  type EligibilityReason,
  type EligibilityVerdict,
  type Refuse,
} from './eligibilityTypes'
import { ERROR_MESSAGES } from './errors'
import { renewalResultProblem } from './learning'
import { checkTransferIn } from './transferInRules'
import type { ApplicationType, Certificate } from './types'

export type {
  EligibilityInput,
  EligibilityReason,
  EligibilityVerdict,
  FixAction,
  GuideTopic,
  RuleId,
  SourceCertificate,
} from './eligibilityTypes'

/**
 * R3: only 延期复核 is filed "向聘用企业" and needs the certificate's enterprise to be the current
 * employer. 跨省转出 and 证书注销 go to the certificate's enterprise (原聘用企业) whatever the
 * current 聘用关系: the holder has usually left it, and these requests exist for exactly them.
 */
const EMPLOYER_MUST_MATCH: readonly ApplicationType[] = ['RENEWAL']

/** The types the certificate's own enterprise files, whoever employs the holder now. */
export const FILED_BY_CERTIFICATE_ENTERPRISE: readonly ApplicationType[] = ['TRANSFER_OUT', 'CANCELLATION']

export function checkEligibility(input: EligibilityInput): EligibilityVerdict {
  const { type, certificate: cert, profile, employment } = input
  const label = APPLICATION_TYPE_LABELS[type]
  const reasons: EligibilityReason[] = []
  const warnings: EligibilityReason[] = []
  const add = (list: EligibilityReason[], r: EligibilityReason) => {
    if (!list.some((x) => x.rule === r.rule && x.code === r.code && x.field === r.field)) list.push(r)
  }
  const refuse = (r: EligibilityReason) => add(reasons, r)

  // R1
  if (profile.realName.status !== 'VERIFIED') {
    refuse({
      rule: 'R1',
      code: 'REALNAME_REQUIRED',
      message: `办理${label}前，请先完成实名认证`,
      fix: { kind: 'realname' },
      fixLabel: '去实名认证',
    })
  }

  // R2: the most recently updated open application is the one to show.
  const open = (input.openApplications ?? [])
    .filter(isOpen)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  if (open.length) {
    const a = open[0]
    const openLabel = APPLICATION_TYPE_LABELS[a.type]
    refuse({
      rule: 'R2',
      code: 'OPEN_APPLICATION_EXISTS',
      message: `${ERROR_MESSAGES.OPEN_APPLICATION_EXISTS}（未办结：${openLabel}${a.certificateNumber ? ` ${a.certificateNumber}` : ''}）`,
      fix: { kind: 'openApplication', applicationId: a.id },
      fixLabel: `查看未办结的${openLabel}`,
    })
  }

  if (cert && (CERTIFICATE_TYPES as readonly ApplicationType[]).includes(type)) {
    // R4/R5 first: when the certificate can take no business, employer and 建造师 checks would
    // only add fixes that cannot help, so they are skipped.
    if (certificateAlive(input, cert, label, refuse)) {
      if (EMPLOYER_MUST_MATCH.includes(type)) checkEmployerMatches(cert, employment, label, refuse)
      if (cert.category === 'B') checkConstructor(type, cert, profile, employment, refuse)
      if (type === 'CHANGE_EMPLOYER') checkEmployerChanged(cert, employment, refuse)
      if (type === 'RENEWAL' && input.results) {
        const problem = renewalResultProblem(input.results, cert, input.today)
        if (problem) refuse(problem)
      }
    }
  }

  if (type === 'TRANSFER_IN') checkTransferIn(input, refuse, (w) => add(warnings, w))

  if (type === 'INFO_CHANGE' && profile.photo.status !== 'ACCEPTED') {
    refuse({
      rule: 'R10',
      code: 'PHOTO_REQUIRED',
      message: '信息变更由聘用企业发起，发起前您需先上传蓝底证件照',
      fix: { kind: 'photo' },
      fixLabel: '上传蓝底证件照',
    })
  }

  const byRule = (a: EligibilityReason, b: EligibilityReason) =>
    Number(a.rule.slice(1)) - Number(b.rule.slice(1))
  reasons.sort(byRule)
  warnings.sort(byRule)
  return { allowed: reasons.length === 0, reasons, warnings }
}

/** R4, R5. Returns false when the certificate can take no business at all. */
function certificateAlive(
  input: EligibilityInput,
  cert: Certificate,
  label: string,
  refuse: Refuse,
): boolean {
  const { type, today, config } = input
  if (cert.recordStatus !== 'ACTIVE') {
    const messages = {
      CANCELLED: `证书${cert.number}已注销，只能查看，不能办理${label}；如需继续任职，请重新参加考核取得证书`,
      TRANSFERRED_OUT: `证书${cert.number}已转出安徽省，只能查看，不能办理${label}；证书业务请到转入省份办理`,
      SUSPENDED: `证书${cert.number}已被暂扣，暂扣期间只能查看，不能办理${label}；请联系聘用企业或发证机关了解恢复办法`,
    }
    refuse({
      rule: 'R5',
      code: 'CERTIFICATE_NOT_ACTIVE',
      message: messages[cert.recordStatus],
      fix: RETAKE,
      fixLabel: cert.recordStatus === 'CANCELLED' ? '了解重新考核' : '查看说明',
    })
    return false
  }
  if (isExpired(cert.validUntil, today)) {
    refuse(
      type === 'RENEWAL'
        ? {
            rule: 'R4',
            code: 'CERTIFICATE_EXPIRED',
            message: `证书${cert.number}有效期至${cert.validUntil}，已过期，过期后不能延期复核，需重新参加考核取得证书`,
            fix: RETAKE,
            fixLabel: '了解重新考核',
          }
        : {
            rule: 'R5',
            code: 'CERTIFICATE_EXPIRED',
            message: `证书${cert.number}有效期至${cert.validUntil}，已过期，只能查看，不能办理${label}；需重新参加考核取得证书`,
            fix: RETAKE,
            fixLabel: '了解重新考核',
          },
    )
    return false
  }
  if (type === 'RENEWAL') {
    const months = config.renewalWindowMonths
    const { opensOn } = renewalWindow(cert.validUntil, months)
    if (today < opensOn) {
      refuse({
        rule: 'R4',
        code: 'RENEWAL_WINDOW_NOT_OPEN',
        message: `证书${cert.number}有效期至${cert.validUntil}，延期复核在到期前${months}个月内办理，${opensOn}起可以申请，请届时再来`,
        fix: { kind: 'waitUntil', date: opensOn },
        fixLabel: `${opensOn}起可申请`,
      })
    }
  }
  return true
}
