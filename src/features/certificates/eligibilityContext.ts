import type { EligibilityInput } from '../../domain'
import { serverToday } from '../../services/clock'
import { fetchApplications } from '../applications/api'
import { useEmployment } from '../employment/store'
import { useProfile } from '../profile/store'

/** Everything the eligibility rules need besides the type and the certificate. */
export type EligibilityContext = Omit<EligibilityInput, 'type' | 'certificate' | 'sourceCertificate'>

export async function loadEligibilityContext(): Promise<EligibilityContext> {
  const [config, profile, applications] = await Promise.all([
    useProfile.getState().loadConfig(),
    useProfile.getState().loadProfile(),
    fetchApplications(),
  ])
  if (!config || !profile) {
    throw useProfile.getState().profile.error ?? useProfile.getState().config.error
  }
  if (profile.realName.status === 'VERIFIED') await useEmployment.getState().load()
  return {
    config,
    profile,
    employment: useEmployment.getState().employment.data,
    openApplications: applications,
    today: serverToday(),
  }
}
