import { useEffect } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useShallow } from 'zustand/react/shallow'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { PageState } from '../../../guidance/components/PageState'
import { PhotoUploader } from '../../../features/photo/components/PhotoUploader'
import { usePhoto } from '../../../data/photo/store'
import { useProfile } from '../../../data/profile/store'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'
import { PrivacyGate } from '../../../features/privacy/components/PrivacyGate'
import { UpgradeNotice } from '../../../components/UpgradeNotice'
import { missingCapability } from '../../../services/platform/capabilities'

function done() {
  usePhoto.getState().reset()
  void Taro.navigateBack()
}

export default function PhotoPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const missing = missingCapability('chooseMedia')
  const config = useProfile(useShallow((s) => s.config))
  useEffect(() => {
    void useProfile.getState().loadConfig()
  }, [])
  return (
    <View className={pageClassName}>
      <SignInGate>
        <PageState
          status={config.status}
          error={config.error}
          isEmpty={!config.data}
          onRetry={() => void useProfile.getState().loadConfig(true)}
        >
          {config.data && missing && <UpgradeNotice {...missing} />}
          {config.data && !missing && (
            <PrivacyGate purpose="photo">
              <PhotoUploader spec={config.data.photo} onAccepted={done} />
            </PrivacyGate>
          )}
        </PageState>
      </SignInGate>
    </View>
  )
}
