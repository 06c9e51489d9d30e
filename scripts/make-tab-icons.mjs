// Draws the tab-bar icons (首页 house, 办事 clipboard, 我的 person) as 81×81 PNGs in the app's
// grey and blue, so the icons are generated from code rather than hand-drawn files.
// Run: node scripts/make-tab-icons.mjs  (writes src/assets/tabbar/*.png)
import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const COLOURS = { normal: [0x44, 0x44, 0x44], selected: [0x0b, 0x57, 0xa4] }

function crc32(buf) {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(alpha, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE)
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0
    for (let x = 0; x < SIZE; x++) {
      const o = y * (SIZE * 4 + 1) + 1 + x * 4
      raw[o] = r
      raw[o + 1] = g
      raw[o + 2] = b
      raw[o + 3] = Math.round(alpha[y * SIZE + x] * 255)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8
  header[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Coverage of a shape given as inside(x, y), 4×4 supersampled for smooth edges. */
function draw(inside) {
  const alpha = new Float32Array(SIZE * SIZE)
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++
      alpha[y * SIZE + x] = hits / 16
    }
  return alpha
}

const rect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const ring = (x, y, cx, cy, r0, r1) => {
  const d = Math.hypot(x - cx, y - cy)
  return d >= r0 && d <= r1
}
const W = 6 // stroke width

const ICONS = {
  home: (x, y) => {
    // roof: two thick diagonals meeting at the top
    const roof = Math.abs(y - (10 + Math.abs(x - 40.5) * 0.75)) <= W / 1.4 && x >= 8 && x <= 73
    const walls =
      rect(x, y, 18, 36, 18 + W, 70) || rect(x, y, 63 - W, 36, 63, 70) || rect(x, y, 18, 70 - W, 63, 70)
    const door = rect(x, y, 35, 50, 46, 70)
    return roof || walls || door
  },
  work: (x, y) => {
    const board =
      rect(x, y, 16, 14, 16 + W, 72) ||
      rect(x, y, 65 - W, 14, 65, 72) ||
      rect(x, y, 16, 72 - W, 65, 72) ||
      rect(x, y, 16, 14, 65, 14 + W)
    const clip = rect(x, y, 30, 8, 51, 20)
    const lines = rect(x, y, 27, 32, 54, 36) || rect(x, y, 27, 44, 54, 48) || rect(x, y, 27, 56, 44, 60)
    return board || clip || lines
  },
  mine: (x, y) => {
    const head = ring(x, y, 40.5, 27, 0, 13)
    const body = y >= 48 && y <= 72 && ring(x, y, 40.5, 74, 0, 27) && !ring(x, y, 40.5, 74, 0, 27 - W)
    const base = rect(x, y, 13.5, 72 - W, 67.5, 72)
    return head || body || base
  },
}

mkdirSync('src/assets/tabbar', { recursive: true })
for (const [name, shape] of Object.entries(ICONS)) {
  const alpha = draw(shape)
  writeFileSync(`src/assets/tabbar/${name}.png`, png(alpha, COLOURS.normal))
  writeFileSync(`src/assets/tabbar/${name}-active.png`, png(alpha, COLOURS.selected))
}
console.log('wrote src/assets/tabbar/{home,work,mine}{,-active}.png')
