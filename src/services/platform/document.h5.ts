import type { OpenedDocument } from './documentPort'

/** Browser preview: the downloaded PDF (a blob URL) is saved under its file name. */
export async function openPdf(tempFilePath: string, fileName: string): Promise<OpenedDocument> {
  const link = document.createElement('a')
  link.href = tempFilePath
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return { hint: `已下载「${fileName}」，可在浏览器的下载列表中打开。` }
}
