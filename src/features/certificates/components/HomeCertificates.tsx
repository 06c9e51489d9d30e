import { View, Text } from '@tarojs/components'
import { useShallow } from 'zustand/react/shallow'
import { Button } from '../../../components/ui'
import { LoadState } from '../../../guidance/components/LoadState'
import { go } from '../../../services/navigation'
import { serverToday } from '../../../services/clock'
import { ROUTES } from '../../../routes'
import { useProfile } from '../../../data/profile/store'
import { useCertificates } from '../../../data/certificates/store'
import { CertificateCard } from './CertificateCard'

/** 首页 body: the first step for a new holder, then the holder's certificates. */
export function HomeCertificates() {
  const profile = useProfile(useShallow((s) => s.profile))
  const renewalWindowMonths = useProfile((s) => s.config.data?.renewalWindowMonths)
  const { certificates, retry, refresh } = useCertificates(
    useShallow((s) => ({ certificates: s.certificates, retry: s.retry, refresh: s.refresh })),
  )
  const verified = profile.data?.realName.status === 'VERIFIED'
  const today = serverToday()

  if (!profile.data) {
    return (
      <LoadState
        status={profile.status}
        error={profile.error}
        isEmpty
        onRetry={() => void useProfile.getState().loadProfile()}
      />
    )
  }

  if (!verified) {
    return (
      <View className="section" data-testid="first-steps">
        <Text className="section__title">第一步：完成实名认证</Text>
        <Text className="section__note">
          办理延期复核、转入转出、变更、注销等业务前，需要先用本人身份证完成实名认证（刷脸）。认证后点「刷新证书」即可看到您的证书。
        </Text>
        <Button type="primary" block onClick={() => void go(ROUTES.realname)}>
          去实名认证
        </Button>
      </View>
    )
  }

  return (
    <View>
      <View className="section home__toolbar">
        <Text className="section__title">我的证书</Text>
        <Button
          type="primary"
          size="small"
          loading={certificates.refreshing}
          disabled={certificates.refreshing}
          onClick={() => void refresh()}
        >
          刷新证书
        </Button>
      </View>
      <LoadState
        status={certificates.status}
        error={certificates.error}
        isEmpty={certificates.data.length === 0}
        onRetry={() => void retry()}
        loadingText="正在读取证书…"
        empty={
          <View className="section">
            <Text className="section__note">
              暂未获取到证书。如您已取得安管人员证书，请点「刷新证书」从省平台获取。
            </Text>
          </View>
        }
      >
        {certificates.data.map((c) => (
          <CertificateCard
            key={c.id}
            certificate={c}
            today={today}
            renewalWindowMonths={renewalWindowMonths}
            onOpen={(id) => void go(ROUTES.certificateDetail(id))}
            onRenew={(id) => void go(ROUTES.apply('RENEWAL', id))}
          />
        ))}
      </LoadState>
    </View>
  )
}
