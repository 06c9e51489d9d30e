import { View } from '@tarojs/components'
import { SignInGate } from '../../features/session/components/SignInGate'
import { ApplicationList } from '../../features/applications/components/ApplicationList'
import { loadWork } from '../../data/loaders/screens'
import { useScreen } from '../../data/useScreen'
import { usePageClassName } from '../../data/display/store'
import { usePrivatePage } from '../../features/share/share'

export default function WorkPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  useScreen(loadWork)
  return (
    <View className={pageClassName}>
      <SignInGate>
        <ApplicationList />
      </SignInGate>
    </View>
  )
}
