import { upload, type UploadHandle } from '../../services/http'
import type { Schemas } from '../../services/api'

export type PhotoState = Schemas['HolderProfile']['photo']

export function uploadPhoto(
  filePath: string,
  uploadId: string,
  onProgress: (percent: number) => void,
): UploadHandle<PhotoState> {
  return upload<PhotoState>('/v1/me/photo', filePath, { uploadId, onProgress })
}
