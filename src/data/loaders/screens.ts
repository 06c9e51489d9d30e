/**
 * What each tab page needs, asked for in parallel: one round trip after sign-in, not a chain of
 * them (a first open of 首页 on a weak network waited for configuration and profile before it
 * even asked for the certificates).
 */
import { useApplications } from '../applications/store'
import { useCertificates } from '../certificates/store'
import { useEmployment } from '../employment/store'
import { useProfile } from '../profile/store'
import { useReminders } from '../reminders/store'

/** 首页: configuration (public, usually already fetched at launch), profile and certificates. */
export async function loadHome(): Promise<void> {
  await Promise.all([
    useProfile.getState().loadConfig(),
    useProfile.getState().loadProfile(),
    useCertificates.getState().load(),
  ])
}

/** 我的: profile, 聘用关系, certificates (to compare the enterprises) and reminders. */
export async function loadMine(): Promise<void> {
  await Promise.all([
    useProfile.getState().loadProfile(),
    useEmployment.getState().load(),
    useCertificates.getState().load(),
    useReminders.getState().load(),
  ])
}

/** 办事: the holder's applications. */
export async function loadWork(): Promise<void> {
  await useApplications.getState().load()
}
