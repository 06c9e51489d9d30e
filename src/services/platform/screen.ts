import Taro from '@tarojs/taro'
import type { RestoreScreen } from './screenPort'

/**
 * WeChat: full brightness and the screen kept on; the previous brightness comes back on restore
 * (Android may report -1, "follow the system", which is restored as such). A phone that refuses
 * one of these is shown the page all the same.
 */
export async function brightenScreen(): Promise<RestoreScreen> {
  let previous: number | null = null
  try {
    previous = (await Taro.getScreenBrightness()).value
  } catch {
    previous = null
  }
  await Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
  await Taro.setScreenBrightness({ value: 1 }).catch(() => undefined)
  return async () => {
    await Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
    if (previous !== null) await Taro.setScreenBrightness({ value: previous }).catch(() => undefined)
  }
}
