/**
 * What an application form reads besides its draft: the situation the rules are checked against,
 * the sent-back application a correction concerns, and (after a submit whose answer was lost) what
 * the backend has on record now.
 */
import { fetchApplication } from '../applications/api'
import { useApplications } from '../applications/store'
import { useCertificates } from '../certificates/store'
import { loadEligibilityContext, type EligibilityContext } from '../loaders/eligibilityContext'
import type { Application } from './api'

export interface ApplyFormData {
  context: EligibilityContext
  /** The sent-back application being corrected, as the backend has it now; null for a new one. */
  original: Application | null
}

/** The rules' context and the application to correct, then the certificates once 实名认证 is done. */
export async function loadApplyForm(needsCertificate: boolean, resubmitId?: string): Promise<ApplyFormData> {
  const [context, original] = await Promise.all([
    loadEligibilityContext(),
    resubmitId ? fetchApplication(resubmitId) : Promise.resolve(null),
  ])
  if (needsCertificate && context.profile.realName.status === 'VERIFIED') {
    await useCertificates.getState().load()
  }
  return { context, original }
}

/** The application as the backend has it now, or null when it cannot be read. */
export function currentApplication(id: string): Promise<Application | null> {
  return fetchApplication(id).catch(() => null)
}

/** 办事 reloaded from the backend: the holder's applications as they are now. */
export async function reloadApplications(): Promise<Application[]> {
  await useApplications.getState().reload()
  return useApplications.getState().applications.data
}
