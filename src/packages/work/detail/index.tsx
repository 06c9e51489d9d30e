import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { ApplicationDetail } from '../../../features/applications/components/ApplicationDetail'
import { fetchApplication } from '../../../data/applications/api'
import { RemoteView } from '../../../guidance/components/RemoteView'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'
import { PrivacyGate } from '../../../features/privacy/components/PrivacyGate'

export default function ApplicationDetailPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const id = useRouter()?.params?.id
  return (
    <View className={pageClassName}>
      <SignInGate>
        <PrivacyGate>
          <RemoteView
            id={id}
            missingText="没有找到这条办事记录，请从「办事」列表重新打开。"
            fetcher={fetchApplication}
            render={(a, reload) => <ApplicationDetail application={a} onChanged={reload} />}
          />
        </PrivacyGate>
      </SignInGate>
    </View>
  )
}
