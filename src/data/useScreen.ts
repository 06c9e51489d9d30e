import { useEffect, useRef } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { onReconnect } from './network/store'
import { useSession } from './session/store'

const signedIn = () => useSession.getState().status === 'signedIn'

/**
 * A tab page's data lifecycle, in one place: load once signed in, again each time the page comes
 * to the front (another page may have changed what it shows), when the network returns after a
 * dead zone, and on pull-down (with the spinner stopped when the answer is in).
 */
export function useScreen(load: () => Promise<unknown>): void {
  const latest = useRef(load)
  latest.current = load
  const isSignedIn = useSession((s) => s.status === 'signedIn')
  useEffect(() => {
    if (isSignedIn) void latest.current()
  }, [isSignedIn])
  useDidShow(() => {
    if (signedIn()) void latest.current()
  })
  useEffect(
    () =>
      onReconnect(() => {
        if (signedIn()) return latest.current()
      }),
    [],
  )
  usePullDownRefresh(() => {
    const done = signedIn() ? latest.current() : Promise.resolve()
    void done.finally(() => Taro.stopPullDownRefresh())
  })
}
