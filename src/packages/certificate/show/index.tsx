import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageState } from '../../../guidance/components/PageState'
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
        <PageState
          status={show.status}
          error={show.error}
          isEmpty={show.data === null}
          onRetry={show.reload}
          notFound={show.missing && '没有找到这本证书，请回到「首页」刷新证书后重新打开。'}
        >
          {show.data && (
            <ShowCertificate
              certificate={show.data.certificate}
              link={show.data.link}
              photoUrl={show.data.photoUrl}
              today={serverToday()}
              renewalWindowMonths={show.data.config?.renewalWindowMonths}
            />
          )}
        </PageState>
      </SignInGate>
    </View>
  )
}
