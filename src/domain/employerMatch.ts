/** 我的 → 聘用关系 beside R3: kept apart from the verdict so the tab page carries only this comparison. */
import { sameEnterprise } from './uscc'
import type { Certificate, Employment } from './types'

/**
 * 我的 → 聘用关系: active certificates whose enterprise is not the current 聘用关系, compared as R3
 * compares them (old 组织机构代码 match their credit code), so 我的 and the verdict never disagree.
 */
export function mismatchedCertificates(
  certificates: Certificate[],
  employment: Employment | null,
): Certificate[] {
  if (!employment) return []
  return certificates.filter(
    (c) => c.recordStatus === 'ACTIVE' && !sameEnterprise(c.employer.uscc, employment.employer.uscc),
  )
}
