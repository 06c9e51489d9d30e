/**
 * Noto Sans SC for PDFs, from @fontsource/noto-sans-sc's WOFF files. pdfkit reads WOFF through a
 * pure-JavaScript inflate that takes about 3 s per document for the Chinese subset; unpacking the
 * WOFF tables once with Node's zlib (WOFF 1.0 is zlib-compressed sfnt tables) takes about 30 ms and
 * the fonts are then kept in memory.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { inflateSync } from 'node:zlib'

const FONT_DIR = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files')

/** WOFF 1.0 -> the TrueType/OpenType file it wraps (W3C WOFF File Format 1.0, sections 3-5). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font')
  const flavor = woff.readUInt32BE(4)
  const numTables = woff.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20
    const offset = woff.readUInt32BE(o + 4)
    const compLength = woff.readUInt32BE(o + 8)
    const origLength = woff.readUInt32BE(o + 12)
    const stored = woff.subarray(offset, offset + compLength)
    return {
      tag: woff.readUInt32BE(o),
      checksum: woff.readUInt32BE(o + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    }
  })
  let searchRange = 1
  let entrySelector = 0
  while (searchRange * 2 <= numTables) {
    searchRange *= 2
    entrySelector++
  }
  searchRange *= 16
  let size = 12 + numTables * 16
  const offsets = tables.map((t) => {
    const at = size
    size += (t.data.length + 3) & ~3
    return at
  })
  const out = Buffer.alloc(size)
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(numTables, 4)
  out.writeUInt16BE(searchRange, 6)
  out.writeUInt16BE(entrySelector, 8)
  out.writeUInt16BE(numTables * 16 - searchRange, 10)
  tables.forEach((t, i) => {
    const o = 12 + i * 16
    out.writeUInt32BE(t.tag, o)
    out.writeUInt32BE(t.checksum, o + 4)
    out.writeUInt32BE(offsets[i], o + 8)
    out.writeUInt32BE(t.data.length, o + 12)
    t.data.copy(out, offsets[i])
  })
  return out
}

let cache: { han: Buffer; latin: Buffer } | undefined

/** Chinese (simplified-Chinese subset) and Latin faces of Noto Sans SC, regular weight. */
export function pdfFonts(): { han: Buffer; latin: Buffer } {
  cache ??= {
    han: woffToSfnt(readFileSync(join(FONT_DIR, 'noto-sans-sc-chinese-simplified-400-normal.woff'))),
    latin: woffToSfnt(readFileSync(join(FONT_DIR, 'noto-sans-sc-latin-400-normal.woff'))),
  }
  return cache
}
