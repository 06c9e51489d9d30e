import { create } from 'zustand'
import { initialResource, loadInto, type ResourceState } from '../../services/resource'
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

export const useProfile = create<ProfileState>()((set, get) => ({
  profile: initialResource<HolderProfile | null>(null),
  config: initialResource<ClientConfig | null>(null),

  async loadProfile() {
    const result = await loadInto<HolderProfile | null>(
      (patch) => set((s) => ({ profile: { ...s.profile, ...patch } })),
      fetchProfile,
    )
    return result ?? undefined
  },

  async loadConfig(force = false) {
    const current = get().config
    if (!force && current.data) return current.data
    const result = await loadInto<ClientConfig | null>(
      (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
      fetchConfig,
    )
    return result ?? undefined
  },

  setProfile(profile) {
    set((s) => ({
      profile: { ...s.profile, data: profile, status: 'ready', error: null, loadedAt: Date.now() },
    }))
  },
}))

onSignOut(() => useProfile.setState({ profile: initialResource<HolderProfile | null>(null) }))
