import { create } from 'zustand'
import { initialResource, loadInto, type ResourceState } from '../../services/resource'
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
  const patch = (p: Partial<ResourceState<Certificate[]>>) =>
    set((s) => ({ certificates: { ...s.certificates, ...p } }))
  return {
    certificates: initialResource<Certificate[]>([]),
    async load() {
      last = 'load'
      await loadInto(patch, fetchCertificates)
    },
    async refresh() {
      last = 'refresh'
      await loadInto(patch, refreshCertificates)
    },
    retry() {
      return last === 'refresh' ? get().refresh() : get().load()
    },
  }
})

onSignOut(() => useCertificates.setState({ certificates: initialResource<Certificate[]>([]) }))
