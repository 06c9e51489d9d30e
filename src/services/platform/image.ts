import Taro from '@tarojs/taro'
import type { CropBox, Pixels } from '../../domain/photo'
import type { ImagePort } from './imagePort'

interface OffscreenImage {
  onload: (() => void) | null
  onerror: ((e: unknown) => void) | null
  src: string
}
interface Ctx2d {
  drawImage(img: OffscreenImage, ...args: number[]): void
  getImageData(
    x: number,
    y: number,
    w: number,
    h: number,
  ): { data: Uint8ClampedArray; width: number; height: number }
}
interface Offscreen {
  getContext(type: '2d'): Ctx2d
  createImage(): OffscreenImage
  toDataURL(type: string, quality: number): string
}

function canvas(width: number, height: number): Offscreen {
  return Taro.createOffscreenCanvas({ type: '2d', width, height }) as unknown as Offscreen
}

function load(c: Offscreen, path: string): Promise<OffscreenImage> {
  return new Promise((resolve, reject) => {
    const img = c.createImage()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = path
  })
}

let counter = 0
// The quality search re-encodes the same crop: keep the last drawn canvas instead of decoding again.
let lastCanvas: { key: string; canvas: Offscreen } | null = null

/** WeChat: an offscreen 2d canvas reads pixels and encodes the JPEG; the result is written to a user file. */
export const imagePort: ImagePort = {
  async readPixels(path, maxSide) {
    const info = await Taro.getImageInfo({ src: path })
    const scale = Math.min(1, maxSide / Math.max(info.width, info.height))
    const w = Math.max(1, Math.round(info.width * scale))
    const h = Math.max(1, Math.round(info.height * scale))
    const c = canvas(w, h)
    const img = await load(c, path)
    const ctx = c.getContext('2d')
    ctx.drawImage(img, 0, 0, w, h)
    const data = ctx.getImageData(0, 0, w, h)
    const pixels: Pixels = { data: data.data, width: w, height: h }
    return { natural: { width: info.width, height: info.height }, pixels }
  },

  async renderJpeg(path: string, crop: CropBox, width: number, height: number, quality: number) {
    const key = [path, crop.x, crop.y, crop.width, crop.height, width, height].join('|')
    let c = lastCanvas?.key === key ? lastCanvas.canvas : null
    if (!c) {
      c = canvas(width, height)
      const img = await load(c, path)
      c.getContext('2d').drawImage(img, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height)
      lastCanvas = { key, canvas: c }
    }
    const base64 = c.toDataURL('image/jpeg', quality).replace(/^data:image\/\w+;base64,/, '')
    const filePath = `${Taro.env.USER_DATA_PATH}/idphoto-${Date.now()}-${counter++}.jpg`
    Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64')
    const bytes =
      Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0)
    return { filePath, bytes }
  },
}
