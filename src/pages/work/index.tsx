import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect } from 'react'
import { SignInGate } from '../../features/session/components/SignInGate'
import { onReconnect } from '../../data/network/store'
import { useSession } from '../../data/session/store'
import { ApplicationList } from '../../features/applications/components/ApplicationList'
import { useApplications } from '../../data/applications/store'
import { usePageClassName } from '../../data/display/store'
import { usePrivatePage } from '../../features/share/share'

const load = () => useApplications.getState().load()

export default function WorkPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const signedIn = useSession((s) => s.status === 'signedIn')
  useEffect(() => {
    if (signedIn) void load()
  }, [signedIn])
  useDidShow(() => {
    if (useSession.getState().status === 'signedIn') void load()
  })
  // After a dead zone, the page refreshes itself when the network returns.
  useEffect(
    () =>
      onReconnect(() => {
        if (useSession.getState().status === 'signedIn') return load()
      }),
    [],
  )
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View className={pageClassName}>
      <SignInGate>
        <ApplicationList />
      </SignInGate>
    </View>
  )
}
