/**
 * 学习与成绩: continuing-education hours per certificate period, and the exam and
 * continuing-education results a renewal rests on. A result counts for a fixed time after the
 * assessment (seed 003, FAQ 7: 首次取证成绩保留2年，继续教育成绩保留3年，超期成绩作废); R14 refuses a
 * renewal whose result is missing, failed or void, before anything is submitted.
 */
import { addDays, addYears } from './dates'
import type { EligibilityReason } from './eligibilityTypes'
import type { Certificate, CertificateCategory, Schemas } from './types'

/**
 * One result: the assessment day (takenOn), 考核机构 or 培训机构, and the last day it counts (as the
 * authority computes it; see resultValidUntil).
 */
export type AssessmentResult = Schemas['AssessmentResult']

/** 首次考核 (the exam that first issued the certificate) or 继续教育 (the assessment after continuing education). */
export type AssessmentKind = AssessmentResult['kind']

/** Continuing-education hours of one certificate period (有效期 of three years). */
export type StudyPeriod = Schemas['StudyPeriod']

/** 学习与成绩: results and study periods, newest first. */
export type Learning = Schemas['Learning']

export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  FIRST_EXAM: '首次考核成绩',
  CONTINUING_EDUCATION: '继续教育成绩',
}

/** Years a result counts for after the assessment day (FAQ 7). */
export const RESULT_VALIDITY_YEARS: Record<AssessmentKind, number> = {
  FIRST_EXAM: 2,
  CONTINUING_EDUCATION: 3,
}

export type ResultStatus = 'VALID' | 'EXPIRED' | 'FAILED'

export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  VALID: '有效',
  EXPIRED: '已过期作废',
  FAILED: '不合格',
}

/** The last day a result taken on `takenOn` counts: 2 or 3 years, the anniversary itself excluded. */
export function resultValidUntil(kind: AssessmentKind, takenOn: string): string {
  return addDays(addYears(takenOn, RESULT_VALIDITY_YEARS[kind]), -1)
}

export function resultStatus(
  result: Pick<AssessmentResult, 'passed' | 'validUntil'>,
  today: string,
): ResultStatus {
  if (!result.passed) return 'FAILED'
  return today > result.validUntil ? 'EXPIRED' : 'VALID'
}

const newestFirst = (a: AssessmentResult, b: AssessmentResult) =>
  a.takenOn < b.takenOn ? 1 : a.takenOn > b.takenOn ? -1 : 0

/** A certificate's results, newest first. */
export function resultsFor(
  results: readonly AssessmentResult[],
  category: CertificateCategory,
): AssessmentResult[] {
  return results.filter((r) => r.category === category).sort(newestFirst)
}

/** The period that contains `today`, else the latest one that has begun. */
export function currentPeriod(
  periods: readonly StudyPeriod[],
  certificateId: string,
  today: string,
): StudyPeriod | undefined {
  const mine = periods.filter((p) => p.certificateId === certificateId && p.from <= today)
  return mine.find((p) => p.to >= today) ?? mine.sort((a, b) => (a.from < b.from ? 1 : -1))[0]
}

const HOW_TO =
  '请联系聘用企业或培训机构报名参加继续教育并考核，合格成绩同步到省平台后（一般需几个工作日）再申请延期复核'

/**
 * R14: a renewal needs a passed result of the certificate's category that still counts today. The
 * newest passed result is the one that counts; failed attempts after it do not void it.
 */
export function renewalResultProblem(
  results: readonly AssessmentResult[],
  cert: Pick<Certificate, 'category' | 'number' | 'validUntil'>,
  today: string,
): EligibilityReason | null {
  const mine = resultsFor(results, cert.category)
  const passed = mine.find((r) => r.passed)
  const refusal = (message: string): EligibilityReason => ({
    rule: 'R14',
    code: 'RESULT_EXPIRED',
    message,
    fix: { kind: 'guide', topic: 'CONTINUING_EDUCATION' },
    fixLabel: '查看如何参加继续教育',
  })
  if (passed && resultStatus(passed, today) === 'VALID') return null
  const failed = mine.find((r) => !r.passed && (!passed || r.takenOn > passed.takenOn))
  const failedNote = failed
    ? `最近一次${ASSESSMENT_KIND_LABELS[failed.kind]}（${failed.takenOn}${failed.score !== undefined ? `，${failed.score}分` : ''}）不合格。`
    : ''
  if (!passed) {
    return refusal(
      `未查询到证书${cert.number}（${cert.category}类）合格的考核或继续教育成绩，成绩不存在时不能延期复核。${failedNote}${HOW_TO}；如您已考核合格，请向考试或培训机构核实登记的身份证号`,
    )
  }
  const years = RESULT_VALIDITY_YEARS[passed.kind]
  return refusal(
    `您的${ASSESSMENT_KIND_LABELS[passed.kind]}（${passed.takenOn}考核合格）保留${years}年，有效至${passed.validUntil}，已过期作废，不能用于延期复核。${failedNote}${HOW_TO}。证书有效期至${cert.validUntil}，请抓紧办理`,
  )
}
