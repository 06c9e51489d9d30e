import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { RealNameForm } from '../../../features/identity/components/RealNameForm'
import { TAB_ROUTES } from '../../../routes'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'
import { PrivacyGate } from '../../../features/privacy/components/PrivacyGate'
import { UpgradeNotice } from '../../../components/UpgradeNotice'
import { missingCapability } from '../../../services/platform/capabilities'
import { faceVerifier } from '../../../services/platform/face'

/** After success, back to where the holder came from (a business that needed it), or to 我的. */
function done() {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: TAB_ROUTES.mine })
}

export default function RealNamePage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  // The development verifier stands in for WeChat's face check and needs nothing from WeChat.
  const missing = faceVerifier.development ? null : missingCapability('faceVerification')
  return (
    <View className={pageClassName}>
      <SignInGate>
        {missing ? (
          <UpgradeNotice {...missing} />
        ) : (
          <PrivacyGate purpose="realname">
            <RealNameForm onDone={done} />
          </PrivacyGate>
        )}
      </SignInGate>
    </View>
  )
}
