import { create } from 'zustand'
import { initialResource, loadInto, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchEmployment, refreshEmployment, type Employment } from './api'

interface EmploymentState {
  employment: ResourceState<Employment | null>
  load(): Promise<void>
  refresh(): Promise<void>
}

export const useEmployment = create<EmploymentState>()((set) => {
  const patch = (p: Partial<ResourceState<Employment | null>>) =>
    set((s) => ({ employment: { ...s.employment, ...p } }))
  return {
    employment: initialResource<Employment | null>(null),
    async load() {
      await loadInto(patch, fetchEmployment)
    },
    async refresh() {
      await loadInto(patch, refreshEmployment)
    },
  }
})

onSignOut(() => useEmployment.setState({ employment: initialResource<Employment | null>(null) }))
