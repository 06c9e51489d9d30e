import { create } from 'zustand'

export interface RealNameDraft {
  name: string
  idNumber: string
  phone: string
}

const EMPTY: RealNameDraft = { name: '', idNumber: '', phone: '' }

/**
 * What the holder typed into 实名认证, kept in memory only (it holds a full ID number, which never
 * goes to storage) so leaving the page or a failed attempt loses nothing.
 */
export const useRealNameDraft = create<{
  draft: RealNameDraft
  update(patch: Partial<RealNameDraft>): void
  clear(): void
}>()((set) => ({
  draft: EMPTY,
  update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  clear: () => set({ draft: EMPTY }),
}))
