/**
 * PDF documents the backend serves (the 跨省变更批准证明), drawn with pdfkit. Chinese text uses
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

export interface PdfWriter {
  /** A line of mixed Chinese and Latin text. */
  text(value: string, options?: { size?: number; align?: 'left' | 'center' | 'right'; gap?: number }): void
  /** 标签：值 on one line. */
  field(label: string, value: string): void
  rule(): void
  space(lines?: number): void
}

/** Renders a one-page A4 document; resolves with the PDF bytes. */
export function renderPdf(title: string, draw: (w: PdfWriter) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: title, Producer: 'anguan' } })
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
    text(value, { size = 12, align = 'left', gap = 6 } = {}) {
      const parts = runs(value)
      doc.fontSize(size)
      parts.forEach((part, i) => {
        doc.font(part.font).text(part.text, { align, continued: i < parts.length - 1 })
      })
      doc.moveDown(gap / 12)
    },
    field(label, value) {
      writer.text(`${label}：${value}`, { size: 12, gap: 4 })
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
  }
  draw(writer)
  doc.end()
  return done
}
