import { create } from 'zustand'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchCertificates, refreshCertificates, type Certificate } from './api'

interface CertificatesState {
  certificates: ResourceState<Certificate[]>
  load(): Promise<void>
  refresh(): Promise<void>
  /** Does again what last failed: a 「刷新证书」 that failed is refreshed again, not just re-read. */
  retry(): Promise<void>
}

export const useCertificates = create<CertificatesState>()((set, get) => {
  let last: 'load' | 'refresh' = 'load'
  const slot = resourceSlot<Certificate[]>((p) => set((s) => ({ certificates: { ...s.certificates, ...p } })))
  onSignOut(() => {
    slot.reset()
    set({ certificates: initialResource<Certificate[]>([]) })
  })
  return {
    certificates: initialResource<Certificate[]>([]),
    async load() {
      last = 'load'
      await slot.read(fetchCertificates)
    },
    async refresh() {
      last = 'refresh'
      await slot.refresh(refreshCertificates)
    },
    retry() {
      return last === 'refresh' ? get().refresh() : get().load()
    },
  }
})
