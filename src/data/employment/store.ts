import { create } from 'zustand'
import { emptyBeforeRealName } from '../beforeRealName'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { fetchEmployment, refreshEmployment, type Employment } from './api'

const read = emptyBeforeRealName(fetchEmployment, null)

interface EmploymentState {
  employment: ResourceState<Employment | null>
  load(): Promise<void>
  refresh(): Promise<void>
  reset(): void
}

export const useEmployment = create<EmploymentState>()((set) => {
  const slot = resourceSlot<Employment | null>(
    (p) => set((s) => ({ employment: { ...s.employment, ...p } })),
    {
      initial: null,
    },
  )
  return {
    employment: initialResource<Employment | null>(null),
    async load() {
      await slot.read(read)
    },
    async refresh() {
      await slot.refresh(refreshEmployment)
    },
    reset: slot.reset,
  }
})
