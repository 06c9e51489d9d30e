/** What the pages opened from a list need (subpackages only: these pull in documents and links). */
import { fetchApplication } from '../applications/api'
import { fetchCertificate } from '../certificates/api'
import { fetchVerificationLink } from '../certificates/documents'
import { useProfile } from '../profile/store'
import { loadEligibilityContext } from './eligibilityContext'

/** 证书详情: the certificate and what decides which requests it allows, in parallel. */
export async function loadCertificateDetail(id: string) {
  const [certificate, context] = await Promise.all([fetchCertificate(id), loadEligibilityContext()])
  return { certificate, context }
}

/** 出示证书: the certificate, its verification link, and the photo and settings to show with it. */
export async function loadCertificateShow(id: string) {
  const [certificate, link, profile, config] = await Promise.all([
    fetchCertificate(id),
    fetchVerificationLink(id),
    useProfile.getState().loadProfile(),
    useProfile.getState().loadConfig(),
  ])
  const photoUrl =
    certificate.photoUrl ?? (profile?.photo.status === 'ACCEPTED' ? profile.photo.url : undefined)
  return { certificate, link, photoUrl, config }
}

/** 办事详情: one application with its steps and history. */
export const loadApplicationDetail = fetchApplication
