import { useProfile } from '../profile/store'
import { useCertificates } from '../certificates/store'

/** What 首页 needs: configuration, profile, and the certificates once the holder is verified. */
export async function loadHome(): Promise<void> {
  const [, profile] = await Promise.all([
    useProfile.getState().loadConfig(),
    useProfile.getState().loadProfile(),
  ])
  if (profile?.realName.status === 'VERIFIED') await useCertificates.getState().load()
}
