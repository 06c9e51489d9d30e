import { create } from 'zustand'
import { emptyBeforeRealName } from '../beforeRealName'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { fetchCertificates, refreshCertificates, type Certificate } from './api'

const read = emptyBeforeRealName(fetchCertificates, [])

interface CertificatesState {
  certificates: ResourceState<Certificate[]>
  load(): Promise<void>
  refresh(): Promise<void>
  /** Does again what last failed: a 「刷新证书」 that failed is refreshed again, not just re-read. */
  retry(): Promise<void>
  reset(): void
}

export const useCertificates = create<CertificatesState>()((set) => {
  const slot = resourceSlot<Certificate[]>(
    (p) => set((s) => ({ certificates: { ...s.certificates, ...p } })),
    {
      initial: [],
    },
  )
  return {
    certificates: initialResource<Certificate[]>([]),
    async load() {
      await slot.read(read)
    },
    async refresh() {
      await slot.refresh(refreshCertificates)
    },
    async retry() {
      await slot.retry()
    },
    reset: slot.reset,
  }
})
