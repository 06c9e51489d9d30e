import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { ApplicationDetail } from '../../../features/applications/components/ApplicationDetail'
import { RemoteState } from '../../../guidance/components/PageState'
import { loadApplicationDetail } from '../../../data/loaders/details'
import { useRemote } from '../../../data/useRemote'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'
import { PrivacyGate } from '../../../features/privacy/components/PrivacyGate'

export default function ApplicationDetailPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const application = useRemote(useRouter()?.params?.id, loadApplicationDetail)
  return (
    <View className={pageClassName}>
      <SignInGate>
        <PrivacyGate>
          <RemoteState remote={application} notFound="没有找到这条办事记录，请从「办事」列表重新打开。">
            {(data, reload) => <ApplicationDetail application={data} onChanged={reload} />}
          </RemoteState>
        </PrivacyGate>
      </SignInGate>
    </View>
  )
}
