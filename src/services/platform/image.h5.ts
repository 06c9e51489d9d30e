import Taro from '@tarojs/taro'
import type { CropBox } from '../../domain/photo'
import type { ImagePort } from './imagePort'

// Decoding a camera photo is the expensive step: keep the last decoded image and the last
// cropped canvas, so the quality search re-encodes without decoding again.
let lastImage: { path: string; image: Promise<HTMLImageElement> } | null = null
let lastCanvas: { key: string; canvas: HTMLCanvasElement } | null = null

function load(path: string): Promise<HTMLImageElement> {
  if (lastImage?.path === path) return lastImage.image
  const image = new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = path
  })
  image.catch(() => {
    if (lastImage?.image === image) lastImage = null
  })
  lastImage = { path, image }
  lastCanvas = null
  return image
}

function context(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  const ctx = c.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('canvas 2d unavailable')
  return [c, ctx]
}

/** Browser: a file input chooses, a DOM canvas reads pixels and encodes the JPEG into a Blob URL the upload sends. */
export const imagePort: ImagePort = {
  async choose(source) {
    try {
      const res = await Taro.chooseImage({ count: 1, sizeType: ['original'], sourceType: [source] })
      const file = res.tempFiles?.[0]
      const path = file?.path ?? res.tempFilePaths?.[0]
      return path ? { path, size: file?.size } : null
    } catch (err) {
      if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) return null
      throw err
    }
  },

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
    const key = [path, crop.x, crop.y, crop.width, crop.height, width, height].join('|')
    let c = lastCanvas?.key === key ? lastCanvas.canvas : null
    if (!c) {
      const img = await load(path)
      const [canvas, ctx] = context(width, height)
      ctx.drawImage(img, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height)
      c = canvas
      lastCanvas = { key, canvas }
    }
    const canvas = c
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality),
    )
    return { filePath: URL.createObjectURL(blob), bytes: blob.size }
  },
}
