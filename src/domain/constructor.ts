/**
 * R6: B certificates follow the holder's 建造师 registration. Each way the registration can fail
 * the check has its own explanation and way out, as Henan's FAQ 8 lists them (seed 003).
 */
import { addYears } from './dates'
import { sameEnterprise } from './uscc'
import type { ConstructorRegistration, ConstructorRegistrationStatus, Employer } from './types'

/** A 建造师 registration becomes void once the holder is over this age (注册年龄上限). */
export const CONSTRUCTOR_AGE_LIMIT = 65

/**
 * The register's status as of today: a registration otherwise valid is void (OVER_AGE) once the
 * holder is past 65 (the day after the 65th birthday).
 */
export function constructorStatusOn(
  registration: ConstructorRegistration,
  birthDate: string,
  today: string,
): ConstructorRegistrationStatus {
  const status = registration.status ?? 'VALID'
  if (status === 'VALID' && addYears(birthDate, CONSTRUCTOR_AGE_LIMIT) < today) return 'OVER_AGE'
  return status
}

const CHANGE_PERSONAL_INFO =
  '一级建造师在中国建造师网、二级建造师在省政务服务网办理个人信息变更，把身份证号更正为18位号码，办结后再来申请'

/** Why this registration cannot serve a B certificate, or null when it can. */
function problemOf(r: ConstructorRegistration): string | null {
  if (r.idNumberOnRecord === 'OLD_15_DIGIT') {
    return `建造师注册（${r.registrationNumber}）登记的是老15位身份证号，与安管B证的18位号码对不上。请先${CHANGE_PERSONAL_INFO}`
  }
  if (r.idNumberOnRecord === 'DIFFERENT') {
    return `建造师注册（${r.registrationNumber}）登记的身份证号与安管B证记录的不一致。如建造师的号码有误，请先${CHANGE_PERSONAL_INFO}；如是安管B证记录的号码有误，请聘用企业先申请安管B证个人信息变更`
  }
  switch (r.status ?? 'VALID') {
    case 'VALID':
      return null
    case 'CANCELLED':
    case 'EXPIRED':
      return `建造师注册（${r.registrationNumber}）已被注销或过期失效。请先向注册机关申请重新注册，注册有效后再来申请`
    case 'TEMPORARY':
      return `您持有的是临时建造师证书（${r.registrationNumber}），临时建造师已取消失效，不能用于办理B类证书业务。需取得一级或二级建造师注册后再来申请`
    case 'OVER_AGE':
      return `建造师年龄超过${CONSTRUCTOR_AGE_LIMIT}周岁，注册（${r.registrationNumber}）已失效，不能再用于办理B类证书业务。如出生日期记录有误，请向注册机关申请更正`
  }
}

/**
 * Why the holder has no usable 建造师 registration at `employer`, in words that say what to do;
 * null when one is valid there.
 */
export function constructorProblem(
  registrations: readonly ConstructorRegistration[],
  employer: Employer,
): string | null {
  const here = registrations.filter((r) => sameEnterprise(r.employerUscc, employer.uscc))
  if (here.some((r) => problemOf(r) === null)) return null
  const first = here[0]
  if (first) return problemOf(first)
  // Not registered at this employer: a problem elsewhere is still worth saying first.
  const elsewhere = registrations.find((r) => problemOf(r) !== null)
  if (elsewhere) return problemOf(elsewhere)
  if (registrations.length) {
    return `您的建造师注册不在「${employer.name}」。请先办理建造师注册证书执业企业变更，把注册变更到该企业`
  }
  return `未查询到您的建造师注册。如您已注册，多是建造师证书库中登记的是老15位身份证号或与本证号码不一致：请先${CHANGE_PERSONAL_INFO}；如未在「${employer.name}」注册，请先办理建造师注册证书执业企业变更`
}
