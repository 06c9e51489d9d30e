import { create } from 'zustand'
import { initialResource, loadInto, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchApplications, type Application } from './api'

interface ApplicationsState {
  applications: ResourceState<Application[]>
  load(): Promise<void>
}

export const useApplications = create<ApplicationsState>()((set) => ({
  applications: initialResource<Application[]>([]),
  async load() {
    await loadInto((p) => set((s) => ({ applications: { ...s.applications, ...p } })), fetchApplications)
  },
}))

onSignOut(() => useApplications.setState({ applications: initialResource<Application[]>([]) }))
