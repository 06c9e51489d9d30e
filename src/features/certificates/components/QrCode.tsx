import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { encode } from 'uqr'

/** Blocks of dark modules: runs along a row, stacked while the rows below repeat them. */
interface Block {
  row: number
  col: number
  width: number
  height: number
}

export function qrBlocks(modules: readonly (readonly boolean[])[]): Block[] {
  const blocks: Block[] = []
  let open = new Map<string, Block>()
  modules.forEach((line, row) => {
    const next = new Map<string, Block>()
    for (let col = 0; col < line.length;) {
      if (!line[col]) {
        col++
        continue
      }
      let end = col
      while (end < line.length && line[end]) end++
      const key = `${col}:${end}`
      const above = open.get(key)
      if (above) above.height++
      else blocks.push({ row, col, width: end - col, height: 1 })
      next.set(key, above ?? blocks[blocks.length - 1])
      col = end
    }
    open = next
  })
  return blocks
}

const QUIET_ZONE = 4

interface Props {
  text: string
  /** The most pixels the code may take, quiet zone included */
  maxSize: number
}

/**
 * A QR code drawn as Views (no canvas, so it renders the same in WeChat, the browser and tests):
 * whole-pixel modules, so no seams, and the standard 4-module white margin for scanners.
 */
export function QrCode({ text, maxSize }: Props) {
  const modules = useMemo(() => encode(text, { ecc: 'M', border: 0 }).data, [text])
  const blocks = useMemo(() => qrBlocks(modules), [modules])
  const count = modules.length
  const cell = Math.max(2, Math.floor(maxSize / (count + QUIET_ZONE * 2)))
  const side = cell * (count + QUIET_ZONE * 2)
  const px = (n: number) => `${n}px`
  return (
    <View
      className="qr-code"
      data-testid="qr-code"
      data-modules={count}
      role="img"
      ariaLabel="证书验真二维码"
      style={{ position: 'relative', width: px(side), height: px(side), background: '#ffffff' }}
    >
      {blocks.map((b) => (
        <View
          key={`${b.row}-${b.col}`}
          className="qr-code__block"
          style={{
            position: 'absolute',
            left: px((b.col + QUIET_ZONE) * cell),
            top: px((b.row + QUIET_ZONE) * cell),
            width: px(b.width * cell),
            height: px(b.height * cell),
            background: '#000000',
          }}
        />
      ))}
    </View>
  )
}
