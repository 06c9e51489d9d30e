import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReady } from '@tarojs/taro'
import { useEffect } from 'react'
import { SignInGate } from '../../features/session/components/SignInGate'
import { onReconnect } from '../../data/network/store'
import { useSession } from '../../data/session/store'
import { HomeCertificates } from '../../features/certificates/components/HomeCertificates'
import { ApplyEntries } from '../../features/apply/components/ApplyEntries'
import { loadHome } from '../../data/loaders/loadHome'
import { usePageClassName } from '../../data/display/store'
import { launchPageReady } from '../../features/launch/launch'
import { useSharedPage } from '../../features/share/share'
import { TAB_ROUTES } from '../../routes'
import './index.scss'

export default function HomePage() {
  useSharedPage(TAB_ROUTES.home)
  const pageClassName = usePageClassName('home')
  const signedIn = useSession((s) => s.status === 'signedIn')
  useReady(launchPageReady)
  useEffect(() => {
    if (signedIn) void loadHome()
  }, [signedIn])
  useDidShow(() => {
    if (useSession.getState().status === 'signedIn') void loadHome()
  })
  // After a dead zone, the page refreshes itself when the network returns.
  useEffect(
    () =>
      onReconnect(() => {
        if (useSession.getState().status === 'signedIn') return loadHome()
      }),
    [],
  )
  usePullDownRefresh(() => {
    void loadHome().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View className={pageClassName}>
      <SignInGate>
        <HomeCertificates />
        <ApplyEntries />
      </SignInGate>
    </View>
  )
}
