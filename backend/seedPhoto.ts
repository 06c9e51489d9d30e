/**
 * Draws a plain ID-style portrait (blue background, head and shoulders) as a JPEG of the spec's
 * size, for the demo holders whose photo is already accepted.
 */
import jpeg from 'jpeg-js'

type Rgb = [number, number, number]

const BLUE: Rgb = [0x43, 0x8e, 0xdb]
const SKIN: Rgb = [224, 182, 150]
const HAIR: Rgb = [35, 30, 28]

const cache = new Map<string, string>()

/** Base64 JPEG; cached, since every reset draws the same pictures. */
export function seedPortraitBase64(width: number, height: number, shirt: Rgb = [40, 45, 60]): string {
  const key = `${width}x${height}:${shirt.join(',')}`
  const hit = cache.get(key)
  if (hit) return hit
  const data = Buffer.alloc(width * height * 4)
  const cx = width / 2
  const faceCy = height * 0.45
  const faceRx = width * 0.2
  const faceRy = height * 0.2
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let c = BLUE
      const fx = (x - cx) / faceRx
      const fy = (y - faceCy) / faceRy
      const hx = (x - cx) / (faceRx * 1.08)
      const hy = (y - (faceCy - faceRy * 0.25)) / (faceRy * 0.95)
      if (y > height * 0.68 && Math.abs(x - cx) < width * 0.42 - (height - y) * 0.2) c = shirt
      else if (hx * hx + hy * hy <= 1 && y < faceCy - faceRy * 0.35) c = HAIR
      else if (fx * fx + fy * fy <= 1) c = SKIN
      const i = (y * width + x) * 4
      data[i] = c[0]
      data[i + 1] = c[1]
      data[i + 2] = c[2]
      data[i + 3] = 255
    }
  }
  const encoded = jpeg.encode({ data, width, height }, 80).data.toString('base64')
  cache.set(key, encoded)
  return encoded
}
