import type { CropBox, Pixels } from '../../domain/photo'

/** Reading and writing image pixels differs per platform (offscreen canvas vs DOM canvas). */
export interface ImagePort {
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
