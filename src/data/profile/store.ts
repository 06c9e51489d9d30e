import { create } from 'zustand'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { fetchConfig, fetchProfile, type ClientConfig, type HolderProfile } from './api'

interface ProfileState {
  profile: ResourceState<HolderProfile | null>
  config: ResourceState<ClientConfig | null>
  loadProfile(): Promise<HolderProfile | undefined>
  /** Configuration changes rarely: fetched once per launch unless forced. */
  loadConfig(force?: boolean): Promise<ClientConfig | undefined>
  setProfile(profile: HolderProfile): void
  /** Forgets the holder (退出登录); the configuration is the app's, not the holder's, and stays. */
  reset(): void
}

export const useProfile = create<ProfileState>()((set) => {
  const profile = resourceSlot<HolderProfile | null>(
    (p) => set((s) => ({ profile: { ...s.profile, ...p } })),
    {
      initial: null,
    },
  )
  const config = resourceSlot<ClientConfig | null>((p) => set((s) => ({ config: { ...s.config, ...p } })), {
    cacheForLaunch: true,
  })
  return {
    profile: initialResource<HolderProfile | null>(null),
    config: initialResource<ClientConfig | null>(null),

    async loadProfile() {
      return (await profile.read(fetchProfile)) ?? undefined
    },

    async loadConfig(force = false) {
      return (await config.read(fetchConfig, force)) ?? undefined
    },

    // The answer to 实名认证's confirmation: a read of the profile still on its way must not undo it.
    setProfile(data) {
      profile.put(data)
    },

    reset: profile.reset,
  }
})
