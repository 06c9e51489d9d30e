import { checkIdPhoto, photoProblem, type PhotoProblem } from '../domain/photo'
import type { PhotoSpec } from '../domain/types'
import type { ImagePort } from './platform/imagePort'

/** Larger sources are refused before decoding: a 30 MB file would stall an older phone. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024
/** The check runs on a scaled copy: its measures are shares, so scale does not change the verdict. */
const CHECK_MAX_SIDE = 800

export type PreparedPhoto =
  { ok: true; filePath: string; bytes: number; quality: number } | { ok: false; problems: PhotoProblem[] }

/**
 * Check -> centre-crop to 26:32 -> scale to the spec's size -> JPEG at the highest quality
 * that fits the size limit (binary search over quality).
 */
export async function preparePhoto(
  source: { path: string; size?: number },
  spec: PhotoSpec,
  port: ImagePort,
): Promise<PreparedPhoto> {
  if (source.size !== undefined && source.size > MAX_SOURCE_BYTES)
    return { ok: false, problems: [photoProblem('FILE_TOO_LARGE')] }
  if (source.size === 0) return { ok: false, problems: [photoProblem('UNREADABLE')] }
  let read: Awaited<ReturnType<ImagePort['readPixels']>>
  try {
    read = await port.readPixels(source.path, CHECK_MAX_SIDE)
  } catch {
    return { ok: false, problems: [photoProblem('UNREADABLE')] }
  }
  const verdict = checkIdPhoto(read.pixels, spec, read.natural)
  if (!verdict.ok) return { ok: false, problems: verdict.problems }

  let lo = 0.3
  let hi = 0.95
  let best: { filePath: string; bytes: number; quality: number } | null = null
  const top = await port.renderJpeg(source.path, verdict.crop, spec.width, spec.height, hi)
  if (top.bytes <= spec.maxBytes) return { ok: true, ...top, quality: hi }
  for (let i = 0; i < 6; i++) {
    const q = (lo + hi) / 2
    const out = await port.renderJpeg(source.path, verdict.crop, spec.width, spec.height, q)
    if (out.bytes <= spec.maxBytes) {
      best = { ...out, quality: q }
      lo = q
    } else {
      hi = q
    }
  }
  if (!best) {
    const floor = await port.renderJpeg(source.path, verdict.crop, spec.width, spec.height, lo)
    if (floor.bytes <= spec.maxBytes) best = { ...floor, quality: lo }
  }
  return best ? { ok: true, ...best } : { ok: false, problems: [photoProblem('CANNOT_COMPRESS')] }
}
