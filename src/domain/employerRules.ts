/** R3, R6, R8: the rules about the holder's enterprise (聘用关系) and 建造师 registration. */
import { constructorProblem } from './constructor'
import { REFRESH, type Refuse } from './eligibilityTypes'
import { ERROR_MESSAGES } from './errors'
import { registeredInHomeProvince, sameEnterprise } from './uscc'
import type { ApplicationType, Certificate, Employment, HolderProfile } from './types'

/** R3: a renewal is filed by the certificate's enterprise, which must be the current employer. */
export function checkEmployerMatches(
  cert: Certificate,
  employment: Employment | null,
  label: string,
  refuse: Refuse,
): void {
  if (!employment) {
    refuse({
      rule: 'R3',
      code: 'EMPLOYMENT_REQUIRED',
      message: `办理${label}需由聘用企业提交，未查询到您的聘用关系。请刷新聘用关系；如仍没有，请联系聘用企业登记`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
    return
  }
  if (!sameEnterprise(cert.employer.uscc, employment.employer.uscc)) {
    const moved = registeredInHomeProvince(employment.employer)
      ? '如您已到省内新单位工作，请先办理证书变更，办结后再申请延期复核'
      : '您当前的聘用企业不在安徽省；如要把证书转到外省，请申请跨省转出（由证书上的企业办理）'
    refuse({
      rule: 'R3',
      code: 'EMPLOYER_MISMATCH',
      message:
        `${ERROR_MESSAGES.EMPLOYER_MISMATCH}：证书上的企业是「${cert.employer.name}」，您当前的聘用企业是「${employment.employer.name}」。` +
        `延期复核由证书上的企业提交。如聘用关系有误，请刷新聘用关系；${moved}`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  }
}

/** R6: a B certificate follows the holder's 建造师 registration (each case of seed 003, FAQ 8). */
export function checkConstructor(
  type: ApplicationType,
  cert: Certificate,
  profile: HolderProfile,
  employment: Employment | null,
  refuse: Refuse,
): void {
  // Without a current employer the target of a change is unknown; R8 already asks to refresh it.
  const target =
    type === 'RENEWAL' ? cert.employer : type === 'CHANGE_EMPLOYER' && employment ? employment.employer : null
  if (!target) return
  const problem = constructorProblem(profile.constructorRegistrations, target)
  if (!problem) return
  const intro =
    type === 'RENEWAL'
      ? `B类证书延期复核须在证书上的企业「${target.name}」有有效的建造师注册。`
      : `${ERROR_MESSAGES.CONSTRUCTOR_REGISTRATION_MISSING}。`
  refuse({
    rule: 'R6',
    code: 'CONSTRUCTOR_REGISTRATION_MISSING',
    message: `${intro}${problem}`,
    fix: { kind: 'guide', topic: 'CONSTRUCTOR_CHANGE' },
    fixLabel: '查看建造师问题的处理办法',
  })
}

/**
 * R8: the new employer must already hold the 聘用关系, be registered in Anhui (moving to another
 * province is 跨省转出, never 证书变更), and differ from the certificate's enterprise.
 */
export function checkEmployerChanged(cert: Certificate, employment: Employment | null, refuse: Refuse): void {
  if (!employment) {
    refuse({
      rule: 'R8',
      code: 'EMPLOYMENT_REQUIRED',
      message:
        '证书变更需新聘用企业先登记与您的聘用关系，目前未查询到聘用关系。请刷新聘用关系；如仍没有，请联系新单位登记',
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
    return
  }
  if (sameEnterprise(cert.employer.uscc, employment.employer.uscc)) {
    refuse({
      rule: 'R8',
      code: 'NO_EMPLOYER_CHANGE',
      message: `证书上的企业「${cert.employer.name}」就是您当前的聘用企业，无需办理证书变更。如您已到新单位工作，请新单位先登记聘用关系，再刷新聘用关系`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
    return
  }
  if (!registeredInHomeProvince(employment.employer)) {
    refuse({
      rule: 'R8',
      code: 'EMPLOYER_OUT_OF_PROVINCE',
      message: `您当前的聘用企业「${employment.employer.name}」不是在安徽省登记的企业，证书变更只能变更到省内企业。到外省工作请申请跨省转出，由证书上的企业「${cert.employer.name}」办理`,
      fix: { kind: 'apply', type: 'TRANSFER_OUT' },
      fixLabel: '改为申请跨省转出',
    })
  }
}
