import { create } from 'zustand'
import type { PhotoProblem } from '../../domain/photo'
import type { PhotoSpec } from '../../domain/types'
import { ApiError, toApiError } from '../../services/errors'
import { imagePort } from '../../services/platform/image'
import { onSignOut } from '../session/store'
import { useProfile } from '../profile/store'
import { preparePhoto } from '../../services/photoPipeline'
import { uploadPhoto } from './api'

interface Prepared {
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

interface PhotoStore {
  flow: PhotoFlow
  /** Opens the album or the camera; false when it could not be opened (a closed picker is not that). */
  pick(source: 'album' | 'camera', spec: PhotoSpec): Promise<boolean>
  choose(source: { path: string; size?: number }, spec: PhotoSpec): Promise<void>
  upload(): Promise<void>
  abort(): void
  reset(): void
}

const newUploadId = () => `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
let abortCurrent: (() => void) | null = null

export const usePhoto = create<PhotoStore>()((set, get) => ({
  flow: { status: 'idle' },

  async pick(source, spec) {
    let chosen: Awaited<ReturnType<typeof imagePort.choose>>
    try {
      chosen = await imagePort.choose(source)
    } catch {
      return false
    }
    if (chosen) await get().choose(chosen, spec)
    return true
  },

  async choose(source, spec) {
    set({ flow: { status: 'checking' } })
    const prepared = await preparePhoto(source, spec, imagePort)
    set({
      flow: prepared.ok
        ? {
            status: 'ready',
            filePath: prepared.filePath,
            bytes: prepared.bytes,
            quality: prepared.quality,
            uploadId: newUploadId(),
          }
        : { status: 'rejected', problems: prepared.problems },
    })
  },

  async upload() {
    const flow = get().flow
    if (flow.status !== 'ready' && flow.status !== 'failed') return
    const prepared: Prepared = {
      filePath: flow.filePath,
      bytes: flow.bytes,
      quality: flow.quality,
      uploadId: flow.uploadId,
    }
    set({ flow: { status: 'uploading', progress: 0, ...prepared } })
    const handle = uploadPhoto(prepared.filePath, prepared.uploadId, (progress) => {
      const current = get().flow
      if (current.status === 'uploading') set({ flow: { ...current, progress } })
    })
    abortCurrent = handle.abort
    try {
      const photo = await handle.done
      const profile = useProfile.getState().profile.data
      if (profile) useProfile.getState().setProfile({ ...profile, photo })
      set({ flow: { status: 'accepted' } })
    } catch (err) {
      const error = toApiError(err)
      set({
        flow:
          error.code === 'ABORTED'
            ? { status: 'ready', ...prepared }
            : { status: 'failed', error, ...prepared },
      })
    } finally {
      abortCurrent = null
    }
  },

  abort() {
    abortCurrent?.()
  },

  reset() {
    set({ flow: { status: 'idle' } })
  },
}))

onSignOut(() => usePhoto.getState().reset())
