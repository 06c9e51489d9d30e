import type { CropBox } from '../../domain/photo'
import type { ImagePort } from './imagePort'

function load(path: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = path
  })
}

function context(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  const ctx = c.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('canvas 2d unavailable')
  return [c, ctx]
}

/** Browser: a DOM canvas reads pixels and encodes the JPEG into a Blob URL the upload sends. */
export const imagePort: ImagePort = {
  async readPixels(path, maxSide) {
    const img = await load(path)
    const scale = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight))
    const w = Math.max(1, Math.round(img.naturalWidth * scale))
    const h = Math.max(1, Math.round(img.naturalHeight * scale))
    const [, ctx] = context(w, h)
    ctx.drawImage(img, 0, 0, w, h)
    const data = ctx.getImageData(0, 0, w, h)
    return {
      natural: { width: img.naturalWidth, height: img.naturalHeight },
      pixels: { data: data.data, width: w, height: h },
    }
  },

  async renderJpeg(path: string, crop: CropBox, width: number, height: number, quality: number) {
    const img = await load(path)
    const [c, ctx] = context(width, height)
    ctx.drawImage(img, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height)
    const blob = await new Promise<Blob>((resolve, reject) =>
      c.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality),
    )
    return { filePath: URL.createObjectURL(blob), bytes: blob.size }
  },
}
