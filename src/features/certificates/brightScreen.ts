import { useEffect, useRef } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { brightenScreen } from '../../services/platform/screen'
import type { RestoreScreen } from '../../services/platform/screenPort'

/**
 * 出示证书: the screen bright and kept on while the page is in front; as it was once the page is
 * hidden (home button, another app) or closed. Calls run one after another, so a quick hide and
 * show never leaves the screen bright behind a closed page.
 */
export function useBrightScreen(): void {
  const chain = useRef<Promise<RestoreScreen | null>>(Promise.resolve(null))
  const on = () => {
    chain.current = chain.current.then((restore) => restore ?? brightenScreen()).catch(() => null)
  }
  const off = () => {
    chain.current = chain.current
      .then(async (restore) => {
        if (restore) await restore()
        return null
      })
      .catch(() => null)
  }
  useDidShow(on)
  useDidHide(off)
  useEffect(() => {
    on()
    return off
    // Once per page: on() and off() only touch the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
