import { create } from 'zustand'
import type { PhotoProblem } from '../../domain/photo'
import type { ApiError } from '../../services/errors'

export interface Prepared {
  filePath: string
  bytes: number
  quality: number
  /** One id per prepared photo: every retry of its upload reuses it. */
  uploadId: string
}

/** Each photo moves through: checking -> rejected | ready -> uploading -> accepted | failed (retry) | ready (aborted). */
export type PhotoFlow =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'rejected'; problems: PhotoProblem[] }
  | ({ status: 'ready' } & Prepared)
  | ({ status: 'uploading'; progress: number } & Prepared)
  | ({ status: 'failed'; error: ApiError } & Prepared)
  | { status: 'accepted' }

/**
 * Where the 证件照 being prepared stands. The steps that move it (pick, check, upload) are in
 * upload.ts, which only the 证件照 page loads.
 */
export const usePhoto = create<{ flow: PhotoFlow; reset(): void }>()((set) => ({
  flow: { status: 'idle' },
  reset() {
    set({ flow: { status: 'idle' } })
  },
}))
