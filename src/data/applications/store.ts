import { create } from 'zustand'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchApplications, type Application } from './api'

interface ApplicationsState {
  applications: ResourceState<Application[]>
  load(): Promise<void>
  /** After the holder's own write: asks anew, never joining a read sent before the write. */
  reload(): Promise<void>
}

export const useApplications = create<ApplicationsState>()((set) => {
  const slot = resourceSlot<Application[]>((p) => set((s) => ({ applications: { ...s.applications, ...p } })))
  onSignOut(() => {
    slot.reset()
    set({ applications: initialResource<Application[]>([]) })
  })
  return {
    applications: initialResource<Application[]>([]),
    async load() {
      await slot.read(fetchApplications)
    },
    async reload() {
      await slot.refresh(fetchApplications)
    },
  }
})
