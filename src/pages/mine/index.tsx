import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../components/ui'
import { SignInGate } from '../../features/session/components/SignInGate'
import { useSession } from '../../data/session/store'
import { ProfileSummary } from '../../features/profile/components/ProfileSummary'
import { useProfile } from '../../data/profile/store'
import { EmploymentSection } from '../../features/employment/components/EmploymentSection'
import { RemindersSection } from '../../features/reminders/components/RemindersSection'
import { LargeTextSwitch } from '../../features/display/components/LargeTextSwitch'
import { usePageClassName } from '../../data/display/store'
import { ROUTES } from '../../routes'
import { go } from '../../services/navigation'
import { usePrivatePage } from '../../features/share/share'
import { loadMine } from '../../data/loaders/screens'
import { signOut } from '../../data/signOut'
import { useScreen } from '../../data/useScreen'

async function confirmSignOut() {
  const { confirm } = await Taro.showModal({
    title: '退出登录',
    content: '退出后需重新登录才能办理业务，确定退出吗？',
    confirmText: '退出',
    cancelText: '取消',
  })
  if (confirm) signOut()
}

export default function MinePage() {
  usePrivatePage()
  const signedIn = useSession((s) => s.status === 'signedIn')
  const verified = useProfile((s) => s.profile.data?.realName.status === 'VERIFIED')
  const pageClassName = usePageClassName()
  useScreen(loadMine)
  return (
    <View className={pageClassName}>
      <SignInGate>
        <ProfileSummary />
        {verified && <EmploymentSection />}
        {verified && <RemindersSection />}
      </SignInGate>
      <LargeTextSwitch />
      <View className="section" data-testid="help-section">
        <Text className="section__title">常见问题</Text>
        <Text className="section__note">实名认证、证件照、延期复核、变更和注销等问题的解答。</Text>
        <Button block data-testid="open-help" onClick={() => void go(ROUTES.help())}>
          查看常见问题
        </Button>
      </View>
      <View className="section" data-testid="contacts-section">
        <Text className="section__title">咨询电话与办理地点</Text>
        <Text className="section__note">各市安管人员业务的咨询电话、办理地点和时间，可直接拨打。</Text>
        <Button block data-testid="open-contacts" onClick={() => void go(ROUTES.help('contacts'))}>
          查看咨询电话
        </Button>
      </View>
      {signedIn && (
        <View className="section">
          <Button block onClick={() => void confirmSignOut()}>
            退出登录
          </Button>
        </View>
      )}
    </View>
  )
}
