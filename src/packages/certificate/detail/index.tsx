import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { RemoteView } from '../../../guidance/components/RemoteView'
import { CertificateDetail } from '../../../features/certificates/components/CertificateDetail'
import { fetchCertificate } from '../../../data/certificates/api'
import { loadEligibilityContext } from '../../../data/loaders/eligibilityContext'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'

async function loadDetail(id: string) {
  const [certificate, context] = await Promise.all([fetchCertificate(id), loadEligibilityContext()])
  return { certificate, context }
}

export default function CertificateDetailPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const id = useRouter()?.params?.id
  return (
    <View className={pageClassName}>
      <SignInGate>
        <RemoteView
          id={id}
          missingText="没有找到这本证书，请回到「首页」刷新证书后重新打开。"
          fetcher={loadDetail}
          render={(d) => <CertificateDetail certificate={d.certificate} context={d.context} />}
        />
      </SignInGate>
    </View>
  )
}
