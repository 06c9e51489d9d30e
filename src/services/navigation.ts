import Taro from '@tarojs/taro'
import { TAB_ROUTES } from '../routes'

const tabPaths: string[] = Object.values(TAB_ROUTES)

/**
 * WeChat keeps at most 10 pages on the stack and refuses to open an 11th. From 9 on, the next page
 * replaces the current one instead (常见问题 → 办理说明 → 表单 → … can go that deep).
 */
export const MAX_STACK_BEFORE_REPLACE = 9

/** Pages on the stack; 0 where the platform cannot tell (a browser page opened without its router). */
function stackDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0
  }
}

/** Opens a page or a tab; a failed navigation tells the holder instead of doing nothing. */
export async function go(url: string): Promise<void> {
  const path = url.split('?')[0]
  try {
    if (tabPaths.includes(path)) await Taro.switchTab({ url: path })
    else if (stackDepth() >= MAX_STACK_BEFORE_REPLACE) await Taro.redirectTo({ url })
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
