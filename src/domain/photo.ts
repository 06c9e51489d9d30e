import type { PhotoSpec } from './types'

/** Raw RGBA pixels, row-major, 4 bytes per pixel (canvas ImageData layout). */
export interface Pixels {
  data: Uint8Array | Uint8ClampedArray
  width: number
  height: number
}

export type PhotoProblemCode =
  | 'FILE_TOO_LARGE'
  | 'UNREADABLE'
  | 'CANNOT_COMPRESS'
  | 'SOURCE_TOO_SMALL'
  | 'WRONG_ORIENTATION'
  | 'RATIO_UNFIXABLE'
  | 'BACKGROUND_NOT_BLUE'
  | 'NO_SUBJECT'
  | 'TOO_DARK'
  | 'TOO_BRIGHT'

export interface PhotoProblem {
  code: PhotoProblemCode
  message: string
  tip: string
}

export interface CropBox {
  x: number
  y: number
  width: number
  height: number
}

export type PhotoVerdict =
  | { ok: true; crop: CropBox; measures: PhotoMeasures }
  | { ok: false; problems: PhotoProblem[]; measures?: PhotoMeasures }

export interface PhotoMeasures {
  /** Share of the background sample (top band and upper side strips) that is ID-photo blue. */
  blueBackground: number
  /** Share of the centre box that is background blue (high: no subject in the centre). */
  blueCentre: number
  /** Mean luma (0-255) of the centre box, where the face is. */
  centreLuma: number
  /** Share of the centre box that is blown out (near white). */
  blownOut: number
  /** Share of the centre box that is crushed (near black). */
  crushed: number
}

export const PHOTO_PROBLEMS: Record<PhotoProblemCode, Omit<PhotoProblem, 'code'>> = {
  FILE_TOO_LARGE: {
    message: '照片文件太大',
    tip: '请选择 20MB 以内的照片，或用手机相机重新拍摄',
  },
  UNREADABLE: {
    message: '无法读取这张图片',
    tip: '请选择 JPG 或 PNG 格式的照片（不支持 GIF、HEIC、PDF 等格式）',
  },
  CANNOT_COMPRESS: {
    message: '照片压缩后仍超过大小限制',
    tip: '请换一张背景干净、细节简单的照片重试',
  },
  SOURCE_TOO_SMALL: {
    message: '照片分辨率太低',
    tip: '请用手机相机直接拍摄，或选择原图，不要使用截图或压缩过的图片',
  },
  WRONG_ORIENTATION: {
    message: '照片是横向的',
    tip: '请竖着拿手机拍摄，人像正立、头部在画面上方',
  },
  RATIO_UNFIXABLE: {
    message: '照片比例不合适，裁剪后会丢失太多内容',
    tip: '请拍摄半身正面照，上方留出少量空白，不要过窄或过宽',
  },
  BACKGROUND_NOT_BLUE: {
    message: '背景不是蓝色',
    tip: '请在蓝色背景前拍摄或使用蓝底证件照',
  },
  NO_SUBJECT: {
    message: '画面中央没有人像',
    tip: '请让本人正面位于画面中央，头部和肩膀完整入镜',
  },
  TOO_DARK: {
    message: '照片太暗',
    tip: '请在光线充足的地方拍摄，面部不要背光',
  },
  TOO_BRIGHT: {
    message: '照片过曝太亮',
    tip: '请避开强光直射或闪光灯，让面部细节清晰可见',
  },
}

export const photoProblem = (code: PhotoProblemCode): PhotoProblem => ({ code, ...PHOTO_PROBLEMS[code] })
const problem = photoProblem

/** Largest centred box with the spec's aspect ratio (26:32 by default) inside the source. */
export function centreCrop(
  width: number,
  height: number,
  spec: Pick<PhotoSpec, 'width' | 'height'>,
): CropBox {
  const ratio = spec.width / spec.height
  let w = width
  let h = Math.round(width / ratio)
  if (h > height) {
    h = height
    w = Math.round(height * ratio)
  }
  return { x: Math.floor((width - w) / 2), y: Math.floor((height - h) / 2), width: w, height: h }
}

interface Hsv {
  h: number
  s: number
  v: number
}

function hsv(r: number, g: number, b: number): Hsv {
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const d = max - min
  let h = 0
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6
    else if (max === g) h = (b - r) / d + 2
    else h = (r - g) / d + 4
    h *= 60
    if (h < 0) h += 360
  }
  return { h, s: max === 0 ? 0 : d / max, v: max / 255 }
}

/** Samples a rectangle on a grid of at most ~40x40 points: enough for a verdict, cheap on a phone. */
function sample(px: Pixels, box: CropBox, visit: (r: number, g: number, b: number) => void): number {
  const stepX = Math.max(1, Math.floor(box.width / 40))
  const stepY = Math.max(1, Math.floor(box.height / 40))
  let n = 0
  for (let y = box.y; y < box.y + box.height; y += stepY) {
    const row = y * px.width
    for (let x = box.x; x < box.x + box.width; x += stepX) {
      const i = (row + x) * 4
      visit(px.data[i], px.data[i + 1], px.data[i + 2])
      n++
    }
  }
  return n
}

/**
 * R10 photo check on raw pixels: a blue background measured on the top band and upper side
 * strips, a subject in the centre, enough resolution, a ratio the 26:32 crop can fix, and an
 * exposure a reviewer accepts. Pure: the client and the backend run the same function.
 */
export function checkIdPhoto(
  px: Pixels,
  spec: PhotoSpec,
  /** Size of the original image when `px` is a scaled-down copy; the crop is returned in its coordinates. */
  natural: { width: number; height: number } = px,
): PhotoVerdict {
  const problems: PhotoProblem[] = []
  if (px.width > px.height * 1.05) problems.push(problem('WRONG_ORIENTATION'))
  const crop = centreCrop(px.width, px.height, spec)
  const naturalCrop = centreCrop(natural.width, natural.height, spec)
  if (naturalCrop.width < spec.minSourceWidth || naturalCrop.height < spec.minSourceHeight) {
    problems.push(problem('SOURCE_TOO_SMALL'))
  }
  if (
    crop.width * crop.height < 0.7 * px.width * px.height &&
    !problems.some((p) => p.code === 'WRONG_ORIENTATION')
  ) {
    problems.push(problem('RATIO_UNFIXABLE'))
  }

  const band = Math.max(1, Math.round(crop.height * 0.12))
  const strip = Math.max(1, Math.round(crop.width * 0.12))
  const regions: CropBox[] = [
    { x: crop.x, y: crop.y, width: crop.width, height: band },
    { x: crop.x, y: crop.y + band, width: strip, height: Math.round(crop.height * 0.38) },
    {
      x: crop.x + crop.width - strip,
      y: crop.y + band,
      width: strip,
      height: Math.round(crop.height * 0.38),
    },
  ]
  const isBlue = (r: number, g: number, b: number) => {
    const c = hsv(r, g, b)
    return c.h >= spec.hueMin && c.h <= spec.hueMax && c.s >= spec.minSaturation && c.v >= spec.minValue
  }
  let blue = 0
  let total = 0
  for (const region of regions) {
    total += sample(px, region, (r, g, b) => {
      if (isBlue(r, g, b)) blue++
    })
  }

  const centre: CropBox = {
    x: crop.x + Math.round(crop.width * 0.3),
    y: crop.y + Math.round(crop.height * 0.3),
    width: Math.max(1, Math.round(crop.width * 0.4)),
    height: Math.max(1, Math.round(crop.height * 0.4)),
  }
  let centreBlue = 0
  let lumaSum = 0
  let blownOut = 0
  let crushed = 0
  const centreN = sample(px, centre, (r, g, b) => {
    if (isBlue(r, g, b)) centreBlue++
    const luma = 0.299 * r + 0.587 * g + 0.114 * b
    lumaSum += luma
    if (luma > 245) blownOut++
    else if (luma < 12) crushed++
  })

  const measures: PhotoMeasures = {
    blueBackground: total ? blue / total : 0,
    blueCentre: centreN ? centreBlue / centreN : 0,
    centreLuma: centreN ? lumaSum / centreN : 0,
    blownOut: centreN ? blownOut / centreN : 0,
    crushed: centreN ? crushed / centreN : 0,
  }
  const tooBright = measures.centreLuma > 235 || measures.blownOut > 0.5
  const tooDark = measures.centreLuma < 45 || measures.crushed > 0.5
  if (tooDark) problems.push(problem('TOO_DARK'))
  if (tooBright) problems.push(problem('TOO_BRIGHT'))
  if (!tooDark && !tooBright) {
    if (measures.blueBackground < 0.6) problems.push(problem('BACKGROUND_NOT_BLUE'))
    else if (measures.blueCentre > 0.6) problems.push(problem('NO_SUBJECT'))
  }
  return problems.length ? { ok: false, problems, measures } : { ok: true, crop: naturalCrop, measures }
}

/** The photo spec when the backend sends none: 358x441 px (26x32 mm), at most 50 KB, the reference blues' hues. */
export const DEFAULT_PHOTO_SPEC: PhotoSpec = {
  width: 358,
  height: 441,
  maxBytes: 50 * 1024,
  minSourceWidth: 358,
  minSourceHeight: 441,
  hueMin: 185,
  hueMax: 230,
  minSaturation: 0.3,
  minValue: 0.3,
}
