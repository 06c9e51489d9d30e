import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { RemoteState } from '../../../guidance/components/PageState'
import { CertificateDetail } from '../../../features/certificates/components/CertificateDetail'
import { loadCertificateDetail } from '../../../data/loaders/details'
import { useRemote } from '../../../data/useRemote'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'

export default function CertificateDetailPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const detail = useRemote(useRouter()?.params?.id, loadCertificateDetail)
  return (
    <View className={pageClassName}>
      <SignInGate>
        <RemoteState remote={detail} notFound="没有找到这本证书，请回到「首页」刷新证书后重新打开。">
          {(data) => <CertificateDetail certificate={data.certificate} context={data.context} />}
        </RemoteState>
      </SignInGate>
    </View>
  )
}
