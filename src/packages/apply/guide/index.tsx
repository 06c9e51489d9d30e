import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '../../../components/ui'
import { GuideView } from '../../../features/guides/components/GuideView'
import { isGuideTopic } from '../../../guidance/guides'
import { TAB_ROUTES } from '../../../routes'
import { go } from '../../../services/navigation'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'
import { PrivacyGate } from '../../../features/privacy/components/PrivacyGate'

/** 办理说明: /packages/apply/guide/index?topic=FORCED_TRANSFER (no sign-in needed to read it). */
export default function GuidePage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const topic = useRouter()?.params?.topic
  return (
    <View className={pageClassName}>
      {isGuideTopic(topic) ? (
        // 复制 an address uses the clipboard, a privacy API: WeChat may ask for consent.
        <PrivacyGate>
          <GuideView topic={topic} />
        </PrivacyGate>
      ) : (
        <View className="section" role="alert">
          <Text className="section__note">没有找到这份办理说明，请回到首页重新选择业务。</Text>
          <Button type="primary" block onClick={() => void go(TAB_ROUTES.home)}>
            回到首页
          </Button>
        </View>
      )}
    </View>
  )
}
