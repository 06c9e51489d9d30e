/**
 * 大字模式: a display preference of this phone, kept across launches and sign-outs (it holds
 * nothing personal). Pages put `large-text` on their root; the stylesheets scale text and touch
 * targets by `--text-scale`.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistStorage } from '../../services/storage'

export const LARGE_TEXT_CLASS = 'large-text'

interface DisplayState {
  largeText: boolean
  setLargeText(on: boolean): void
}

export const useDisplay = create<DisplayState>()(
  persist(
    (set) => ({
      largeText: false,
      setLargeText: (on) => set({ largeText: on }),
    }),
    {
      name: 'anguan.display',
      version: 1,
      storage: persistStorage,
      partialize: (s) => ({ largeText: s.largeText }),
      merge: (persisted, current) => ({
        ...current,
        largeText: (persisted as { largeText?: unknown } | undefined)?.largeText === true,
      }),
    },
  ),
)

/** The class names of a page's root View: `page` plus `large-text` when 大字模式 is on. */
export function usePageClassName(extra?: string): string {
  const large = useDisplay((s) => s.largeText)
  return ['page', extra, large ? LARGE_TEXT_CLASS : undefined].filter(Boolean).join(' ')
}
