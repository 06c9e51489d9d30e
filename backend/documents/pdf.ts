/**
 * PDF documents the backend serves (the 跨省变更批准证明, the 电子证书), drawn with pdfkit. Chinese text uses
 * Noto Sans SC's simplified-Chinese subset, everything else its Latin subset, switching font per
 * run so digits and dates keep their shapes. Fonts are embedded as subsets: a page is a few KB
 * and takes about 20 ms.
 */
import PDFDocument from 'pdfkit'
import { pdfFonts } from './fonts'

/** CJK ideographs, CJK and full-width punctuation, and the few typographic marks Chinese text uses. */
const HAN =
  /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u00b7\u2014\u2026\u201c\u201d\u3000-\u303f]/

type Face = 'han' | 'latin'

function runs(text: string): { font: Face; text: string }[] {
  const out: { font: Face; text: string }[] = []
  for (const ch of text) {
    const font = HAN.test(ch) ? 'han' : 'latin'
    const last = out[out.length - 1]
    if (last && last.font === font) last.text += ch
    else out.push({ font, text: ch })
  }
  return out
}

export interface TextOptions {
  size?: number
  align?: 'left' | 'center' | 'right'
  /** Space after the text, in points */
  gap?: number
  /** Left edge and wrapping width of the text (default: the page's margins) */
  x?: number
  width?: number
  color?: string
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface PdfWriter {
  /** The page's size and margin, in points, for placing blocks side by side. */
  readonly page: { width: number; height: number; margin: number }
  /** A line (or a wrapped paragraph) of mixed Chinese and Latin text. */
  text(value: string, options?: TextOptions): void
  /** 标签：值 on one line. */
  field(label: string, value: string, options?: Pick<TextOptions, 'x' | 'width'>): void
  rule(): void
  space(lines?: number): void
  /** Where the flow of text is now (its top), and moving it. */
  y(): number
  moveTo(y: number): void
  /** A JPEG scaled to fit the box (kept in proportion, centred), framed with a thin line. */
  image(jpeg: Buffer, box: Box): void
  /** An empty frame with a centred caption (a photo that is not on record). */
  frame(box: Box, caption: string): void
  /** A QR code's modules (true = dark), drawn as vector squares filling a square of `size` points. */
  qrCode(modules: readonly (readonly boolean[])[], at: { x: number; y: number; size: number }): void
}

/** Renders a one-page A4 document; resolves with the PDF bytes. */
const MARGIN = 64

export function renderPdf(title: string, draw: (w: PdfWriter) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Producer: 'anguan' } })
  const fonts = pdfFonts()
  doc.registerFont('han', fonts.han)
  doc.registerFont('latin', fonts.latin)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const writer: PdfWriter = {
    page: { width: doc.page.width, height: doc.page.height, margin: MARGIN },
    text(value, { size = 12, align = 'left', gap = 6, x, width, color = '#000000' } = {}) {
      const parts = runs(value)
      doc.fontSize(size).fillColor(color)
      if (x !== undefined) doc.x = x
      const wrap = width ?? doc.page.width - MARGIN - doc.x
      parts.forEach((part, i) => {
        doc.font(part.font).text(part.text, { align, width: wrap, continued: i < parts.length - 1 })
      })
      doc.x = MARGIN
      doc.fillColor('#000000')
      doc.moveDown(gap / 12)
    },
    field(label, value, options = {}) {
      writer.text(`${label}：${value}`, { size: 12, gap: 4, ...options })
    },
    rule() {
      const y = doc.y + 4
      doc
        .moveTo(64, y)
        .lineTo(doc.page.width - 64, y)
        .lineWidth(0.5)
        .stroke('#888888')
      doc.y = y + 10
    },
    space(lines = 1) {
      doc.moveDown(lines)
    },
    y() {
      return doc.y
    },
    moveTo(y) {
      doc.y = y
    },
    image(jpeg, box) {
      doc.image(jpeg, box.x, box.y, { fit: [box.width, box.height], align: 'center', valign: 'center' })
      doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).stroke('#888888')
    },
    frame(box, caption) {
      doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).stroke('#888888')
      const y = doc.y
      doc
        .font('han')
        .fontSize(10)
        .fillColor('#666666')
        .text(caption, box.x, box.y + box.height / 2 - 6, { width: box.width, align: 'center' })
      doc.fillColor('#000000')
      doc.x = MARGIN
      doc.y = y
    },
    qrCode(modules, { x, y, size }) {
      const n = modules.length
      const cell = size / n
      doc.save().fillColor('#000000')
      modules.forEach((row, r) => {
        // One rectangle per run of dark modules in a row keeps the file small.
        for (let c = 0; c < n;) {
          if (!row[c]) {
            c++
            continue
          }
          let end = c
          while (end < n && row[end]) end++
          doc.rect(x + c * cell, y + r * cell, (end - c) * cell, cell)
          c = end
        }
      })
      doc.fill()
      doc.restore()
    },
  }
  draw(writer)
  doc.end()
  return done
}
