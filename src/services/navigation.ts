import Taro from '@tarojs/taro'
import { TAB_ROUTES } from '../routes'

const tabPaths: string[] = Object.values(TAB_ROUTES)

/** Opens a page or a tab; a failed navigation tells the holder instead of doing nothing. */
export async function go(url: string): Promise<void> {
  const path = url.split('?')[0]
  try {
    if (tabPaths.includes(path)) await Taro.switchTab({ url: path })
    else await Taro.navigateTo({ url })
  } catch {
    await Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  }
}

/** Replaces the current page (a finished form is not a page to come back to). */
export async function replaceWith(url: string): Promise<void> {
  try {
    await Taro.redirectTo({ url })
  } catch {
    await go(url)
  }
}
