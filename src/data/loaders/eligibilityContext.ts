import type { EligibilityInput } from '../../domain/eligibility'
import type { StudyPeriod } from '../../domain/learning'
import { serverToday } from '../../services/clock'
import { fetchApplications } from '../applications/api'
import { useEmployment } from '../employment/store'
import { useProfile } from '../profile/store'
import { fetchLearning } from '../certificates/documents'

/**
 * Everything the eligibility rules need besides the type and the certificate, and the study hours
 * per period that 证书详情 shows beside the results (R14).
 */
export type EligibilityContext = Omit<EligibilityInput, 'type' | 'certificate' | 'sourceCertificate'> & {
  periods: StudyPeriod[]
}

export async function loadEligibilityContext(): Promise<EligibilityContext> {
  const [config, profile, applications] = await Promise.all([
    useProfile.getState().loadConfig(),
    useProfile.getState().loadProfile(),
    fetchApplications(),
  ])
  if (!config || !profile) {
    throw useProfile.getState().profile.error ?? useProfile.getState().config.error
  }
  const verified = profile.realName.status === 'VERIFIED'
  const [learning] = await Promise.all([
    verified ? fetchLearning() : Promise.resolve(null),
    verified ? useEmployment.getState().load() : Promise.resolve(),
  ])
  return {
    config,
    profile,
    employment: useEmployment.getState().employment.data,
    openApplications: applications,
    // Unknown until verified: R14 is then left to the backend.
    ...(learning ? { results: learning.results } : {}),
    periods: learning?.periods ?? [],
    today: serverToday(),
  }
}
