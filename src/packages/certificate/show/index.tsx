import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { RemoteState } from '../../../guidance/components/PageState'
import { useBrightScreen } from '../../../features/certificates/brightScreen'
import { ShowCertificate } from '../../../features/certificates/components/ShowCertificate'
import { loadCertificateShow } from '../../../data/loaders/details'
import { useRemote } from '../../../data/useRemote'
import { usePageClassName } from '../../../data/display/store'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { serverToday } from '../../../services/clock'

export default function ShowCertificatePage() {
  const pageClassName = usePageClassName()
  const show = useRemote(useRouter()?.params?.id, loadCertificateShow)
  useBrightScreen()
  return (
    <View className={pageClassName}>
      <SignInGate>
        <RemoteState remote={show} notFound="没有找到这本证书，请回到「首页」刷新证书后重新打开。">
          {(data) => (
            <ShowCertificate
              certificate={data.certificate}
              link={data.link}
              photoUrl={data.photoUrl}
              today={serverToday()}
              renewalWindowMonths={data.config?.renewalWindowMonths}
            />
          )}
        </RemoteState>
      </SignInGate>
    </View>
  )
}
