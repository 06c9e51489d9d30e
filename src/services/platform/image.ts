import Taro from '@tarojs/taro'
import type { Pixels } from '../../domain/photo'
import { PHOTO_CANVAS_ID, type ImagePort } from './imagePort'

/**
 * WeChat, on documented calls only:
 * - choosing: wx.chooseMedia (base library 2.10.0; wx.chooseImage is unmaintained from 2.21.0);
 * - reading pixels: an OffscreenCanvas of type 2d (wx.createOffscreenCanvas, 2.16.1) with its
 *   createImage, and the 2d context's drawImage and getImageData; where it is missing, the on-page
 *   canvas below;
 * - encoding the JPEG: the on-page <canvas type="2d"> (2.9.0) and wx.canvasToTempFilePath with its
 *   `canvas` option, because OffscreenCanvas documents no toDataURL and canvasToTempFilePath takes
 *   no offscreen canvas.
 */
interface WxImage {
  onload: (() => void) | null
  onerror: ((e: unknown) => void) | null
  src: string
}
interface Context2d {
  drawImage(img: WxImage, ...args: number[]): void
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
}
interface WxCanvas {
  width: number
  height: number
  getContext(type: '2d'): Context2d
  createImage(): WxImage
}

function onPageCanvas(): Promise<WxCanvas> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${PHOTO_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: WxCanvas } | null>) => {
        const node = res?.[0]?.node
        if (node) resolve(node)
        else reject(new Error('photo canvas not on the page'))
      })
  })
}

async function canvasOf(width: number, height: number, offscreen: boolean): Promise<WxCanvas> {
  if (offscreen && Taro.canIUse('createOffscreenCanvas')) {
    return Taro.createOffscreenCanvas({ type: '2d', width, height }) as unknown as WxCanvas
  }
  const c = await onPageCanvas()
  c.width = width
  c.height = height
  return c
}

function load(c: WxCanvas, path: string): Promise<WxImage> {
  return new Promise((resolve, reject) => {
    const img = c.createImage()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = path
  })
}

export const imagePort: ImagePort = {
  async choose(source) {
    try {
      // Taro passes chooseMedia through unwrapped: called with callbacks, it works on every base library.
      const res = await new Promise<Taro.chooseMedia.SuccessCallbackResult>((resolve, reject) =>
        Taro.chooseMedia({
          count: 1,
          mediaType: ['image'],
          sourceType: [source],
          sizeType: ['original'],
          success: resolve,
          fail: reject,
        }),
      )
      const file = res.tempFiles?.[0]
      return file ? { path: file.tempFilePath, size: file.size } : null
    } catch (err) {
      // Closing the picker is not an error.
      if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) return null
      throw err
    }
  },

  async readPixels(path, maxSide) {
    const info = await Taro.getImageInfo({ src: path })
    const scale = Math.min(1, maxSide / Math.max(info.width, info.height))
    const w = Math.max(1, Math.round(info.width * scale))
    const h = Math.max(1, Math.round(info.height * scale))
    const c = await canvasOf(w, h, true)
    const img = await load(c, path)
    const ctx = c.getContext('2d')
    ctx.drawImage(img, 0, 0, w, h)
    const pixels: Pixels = { data: ctx.getImageData(0, 0, w, h).data, width: w, height: h }
    return { natural: { width: info.width, height: info.height }, pixels }
  },

  async renderJpeg(path, crop, width, height, quality) {
    const c = await canvasOf(width, height, false)
    const img = await load(c, path)
    c.getContext('2d').drawImage(img, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height)
    const { tempFilePath } = await Taro.canvasToTempFilePath({
      canvas: c,
      fileType: 'jpg',
      quality,
      x: 0,
      y: 0,
      width,
      height,
      destWidth: width,
      destHeight: height,
    } as unknown as Taro.canvasToTempFilePath.Option)
    const bytes = Taro.getFileSystemManager().statSync(tempFilePath).size
    return { filePath: tempFilePath, bytes: typeof bytes === 'number' ? bytes : 0 }
  },
}
