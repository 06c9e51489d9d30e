import { View } from '@tarojs/components'
import { useReady } from '@tarojs/taro'
import { SignInGate } from '../../features/session/components/SignInGate'
import { HomeCertificates } from '../../features/certificates/components/HomeCertificates'
import { ApplyEntries } from '../../features/apply/components/ApplyEntries'
import { loadHome } from '../../data/loaders/screens'
import { useScreen } from '../../data/useScreen'
import { usePageClassName } from '../../data/display/store'
import { launchPageReady } from '../../features/launch/launch'
import { useSharedPage } from '../../features/share/share'
import { TAB_ROUTES } from '../../routes'
import './index.scss'

export default function HomePage() {
  useSharedPage(TAB_ROUTES.home)
  const pageClassName = usePageClassName('home')
  useReady(launchPageReady)
  useScreen(loadHome)
  return (
    <View className={pageClassName}>
      <SignInGate>
        <HomeCertificates />
        <ApplyEntries />
      </SignInGate>
    </View>
  )
}
