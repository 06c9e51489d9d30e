import { create } from 'zustand'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchEmployment, refreshEmployment, type Employment } from './api'

interface EmploymentState {
  employment: ResourceState<Employment | null>
  load(): Promise<void>
  refresh(): Promise<void>
}

export const useEmployment = create<EmploymentState>()((set) => {
  const slot = resourceSlot<Employment | null>((p) => set((s) => ({ employment: { ...s.employment, ...p } })))
  onSignOut(() => {
    slot.reset()
    set({ employment: initialResource<Employment | null>(null) })
  })
  return {
    employment: initialResource<Employment | null>(null),
    async load() {
      await slot.read(fetchEmployment)
    },
    async refresh() {
      await slot.refresh(refreshEmployment)
    },
  }
})
