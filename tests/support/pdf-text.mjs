// Prints the text of a PDF (one line per text item), for tests that check what a document says.
// Usage: node tests/support/pdf-text.mjs <file.pdf>
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const data = new Uint8Array(readFileSync(process.argv[2]))
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
const lines = []
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n)
  const content = await page.getTextContent()
  let line = ''
  for (const item of content.items) {
    line += item.str
    if (item.hasEOL) {
      lines.push(line)
      line = ''
    }
  }
  if (line) lines.push(line)
}
process.stdout.write(lines.join('\n') + '\n')
