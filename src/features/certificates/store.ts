import { create } from 'zustand'
import { initialResource, loadInto, type ResourceState } from '../../services/resource'
import { onSignOut } from '../session/store'
import { fetchCertificates, refreshCertificates, type Certificate } from './api'

interface CertificatesState {
  certificates: ResourceState<Certificate[]>
  load(): Promise<void>
  refresh(): Promise<void>
}

export const useCertificates = create<CertificatesState>()((set) => {
  const patch = (p: Partial<ResourceState<Certificate[]>>) =>
    set((s) => ({ certificates: { ...s.certificates, ...p } }))
  return {
    certificates: initialResource<Certificate[]>([]),
    async load() {
      await loadInto(patch, fetchCertificates)
    },
    async refresh() {
      await loadInto(patch, refreshCertificates)
    },
  }
})

onSignOut(() => useCertificates.setState({ certificates: initialResource<Certificate[]>([]) }))
