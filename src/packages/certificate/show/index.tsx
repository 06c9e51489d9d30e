import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { RemoteView } from '../../../guidance/components/RemoteView'
import { fetchCertificate } from '../../../data/certificates/api'
import { useBrightScreen } from '../../../features/certificates/brightScreen'
import { ShowCertificate } from '../../../features/certificates/components/ShowCertificate'
import { fetchVerificationLink } from '../../../data/certificates/documents'
import { usePageClassName } from '../../../data/display/store'
import { useProfile } from '../../../data/profile/store'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { serverToday } from '../../../services/clock'

async function loadShow(id: string) {
  const [certificate, link, profile, config] = await Promise.all([
    fetchCertificate(id),
    fetchVerificationLink(id),
    useProfile.getState().loadProfile(),
    useProfile.getState().loadConfig(),
  ])
  const photoUrl =
    certificate.photoUrl ?? (profile?.photo.status === 'ACCEPTED' ? profile.photo.url : undefined)
  return { certificate, link, photoUrl, config }
}

export default function ShowCertificatePage() {
  const pageClassName = usePageClassName()
  const id = useRouter()?.params?.id
  useBrightScreen()
  return (
    <View className={pageClassName}>
      <SignInGate>
        <RemoteView
          id={id}
          missingText="没有找到这本证书，请回到「首页」刷新证书后重新打开。"
          fetcher={loadShow}
          render={(d) => (
            <ShowCertificate
              certificate={d.certificate}
              link={d.link}
              photoUrl={d.photoUrl}
              today={serverToday()}
              renewalWindowMonths={d.config?.renewalWindowMonths}
            />
          )}
        />
      </SignInGate>
    </View>
  )
}
