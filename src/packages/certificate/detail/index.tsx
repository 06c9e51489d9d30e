import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { PageState } from '../../../guidance/components/PageState'
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
        <PageState
          status={detail.status}
          error={detail.error}
          isEmpty={detail.data === null}
          onRetry={detail.reload}
          notFound={detail.missing && '没有找到这本证书，请回到「首页」刷新证书后重新打开。'}
        >
          {detail.data && (
            <CertificateDetail certificate={detail.data.certificate} context={detail.data.context} />
          )}
        </PageState>
      </SignInGate>
    </View>
  )
}
