import { create } from 'zustand'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchConfig, fetchProfile, type ClientConfig, type HolderProfile } from './api'

interface ProfileState {
  profile: ResourceState<HolderProfile | null>
  config: ResourceState<ClientConfig | null>
  loadProfile(): Promise<HolderProfile | undefined>
  /** Configuration changes rarely: fetched once per launch unless forced. */
  loadConfig(force?: boolean): Promise<ClientConfig | undefined>
  setProfile(profile: HolderProfile): void
}

export const useProfile = create<ProfileState>()((set, get) => {
  const profile = resourceSlot<HolderProfile | null>((p) => set((s) => ({ profile: { ...s.profile, ...p } })))
  const config = resourceSlot<ClientConfig | null>((p) => set((s) => ({ config: { ...s.config, ...p } })))
  onSignOut(() => {
    profile.reset()
    set({ profile: initialResource<HolderProfile | null>(null) })
  })
  return {
    profile: initialResource<HolderProfile | null>(null),
    config: initialResource<ClientConfig | null>(null),

    async loadProfile() {
      return (await profile.read(fetchProfile)) ?? undefined
    },

    async loadConfig(force = false) {
      const current = get().config
      if (!force && current.data) return current.data
      return (await config.read(fetchConfig)) ?? undefined
    },

    // The answer to 实名认证's confirmation: a read of the profile still on its way must not undo it.
    setProfile(data) {
      profile.put(data)
    },
  }
})
