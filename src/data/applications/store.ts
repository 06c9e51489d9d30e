import { create } from 'zustand'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { fetchApplications, type Application } from './api'

interface ApplicationsState {
  applications: ResourceState<Application[]>
  load(): Promise<void>
  /** After the holder's own write: asks anew, never joining a read sent before the write. */
  reload(): Promise<void>
  reset(): void
}

export const useApplications = create<ApplicationsState>()((set) => {
  const slot = resourceSlot<Application[]>(
    (p) => set((s) => ({ applications: { ...s.applications, ...p } })),
    {
      initial: [],
    },
  )
  return {
    applications: initialResource<Application[]>([]),
    async load() {
      await slot.read(fetchApplications)
    },
    async reload() {
      await slot.refresh(fetchApplications)
    },
    reset: slot.reset,
  }
})
