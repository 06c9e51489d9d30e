import type { PhotoSpec } from '../../domain/types'
import { toApiError } from '../../services/errors'
import { imagePort } from '../../services/platform/image'
import { preparePhoto } from '../../services/photoPipeline'
import { useProfile } from '../profile/store'
import { uploadPhoto } from './api'
import { usePhoto, type Prepared } from './store'

/** The steps of a 证件照: pick or take, check and compress on the phone, upload (resumable by its id). */
const newUploadId = () => `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
let abortCurrent: (() => void) | null = null

/** Opens the album or the camera; false when it could not be opened (a closed picker is not that). */
export async function pickPhoto(source: 'album' | 'camera', spec: PhotoSpec): Promise<boolean> {
  let chosen: Awaited<ReturnType<typeof imagePort.choose>>
  try {
    chosen = await imagePort.choose(source)
  } catch {
    return false
  }
  if (chosen) await choosePhoto(chosen, spec)
  return true
}

export async function choosePhoto(source: { path: string; size?: number }, spec: PhotoSpec): Promise<void> {
  usePhoto.setState({ flow: { status: 'checking' } })
  const prepared = await preparePhoto(source, spec, imagePort)
  usePhoto.setState({
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
}

export async function uploadPreparedPhoto(): Promise<void> {
  const flow = usePhoto.getState().flow
  if (flow.status !== 'ready' && flow.status !== 'failed') return
  const prepared: Prepared = {
    filePath: flow.filePath,
    bytes: flow.bytes,
    quality: flow.quality,
    uploadId: flow.uploadId,
  }
  usePhoto.setState({ flow: { status: 'uploading', progress: 0, ...prepared } })
  const handle = uploadPhoto(prepared.filePath, prepared.uploadId, (progress) => {
    const current = usePhoto.getState().flow
    if (current.status === 'uploading') usePhoto.setState({ flow: { ...current, progress } })
  })
  abortCurrent = handle.abort
  try {
    const photo = await handle.done
    const profile = useProfile.getState().profile.data
    if (profile) useProfile.getState().setProfile({ ...profile, photo })
    usePhoto.setState({ flow: { status: 'accepted' } })
  } catch (err) {
    const error = toApiError(err)
    usePhoto.setState({
      flow:
        error.code === 'ABORTED'
          ? { status: 'ready', ...prepared }
          : { status: 'failed', error, ...prepared },
    })
  } finally {
    abortCurrent = null
  }
}

export function abortPhotoUpload(): void {
  abortCurrent?.()
}
