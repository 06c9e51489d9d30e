import Taro from '@tarojs/taro'
import type { OpenedDocument } from './documentPort'

/**
 * WeChat: opens the downloaded PDF in WeChat's viewer; its「…」menu saves or forwards it
 * (showMenu, base library 2.11.0).
 */
export async function openPdf(tempFilePath: string, _fileName: string): Promise<OpenedDocument> {
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
  return { hint: '已打开。点右上角「…」可以保存到手机或转发给企业。' }
}
