import type { CropBox, Pixels } from '../../domain/photo'

/** A photo the holder chose: a local path, and its size when the platform reports it. */
export interface ChosenImage {
  path: string
  size?: number
}

/**
 * Choosing a photo and reading and writing its pixels differ per platform (WeChat's media picker and
 * canvases, or a browser file input and DOM canvas).
 */
export interface ImagePort {
  /** Album or camera, original size; null when the holder closes the picker. */
  choose(source: 'album' | 'camera'): Promise<ChosenImage | null>
  /** Decodes the image; pixels are scaled so the long side is at most maxSide, natural is the original size. */
  readPixels(
    path: string,
    maxSide: number,
  ): Promise<{ natural: { width: number; height: number }; pixels: Pixels }>
  /** Crops `crop` (original coordinates), scales to width x height and encodes a JPEG at quality (0-1). */
  renderJpeg(
    path: string,
    crop: CropBox,
    width: number,
    height: number,
    quality: number,
  ): Promise<{ filePath: string; bytes: number }>
}

/** The on-page canvas (type 2d) the WeChat build draws on; PhotoUploader renders it. */
export const PHOTO_CANVAS_ID = 'photo-canvas'
