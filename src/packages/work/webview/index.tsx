import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, WebView } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { checkStudyLink, STUDY_LINK_COPY_TIP } from '../../../domain'
import { useProfile } from '../../../data/profile/store'
import { PageState } from '../../../guidance/components/PageState'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'
import { PrivacyGate } from '../../../features/privacy/components/PrivacyGate'

function decode(value: string | undefined): string {
  try {
    return value ? decodeURIComponent(value) : ''
  } catch {
    return ''
  }
}

/** Opens a renewal study link, checked again here: https and an allow-listed host only. */
export default function StudyWebViewPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const url = decode(useRouter()?.params?.url)
  const config = useProfile((s) => s.config)
  useEffect(() => {
    void useProfile.getState().loadConfig()
  }, [])
  const verdict = config.data ? checkStudyLink(url, config.data.studyLinkHosts) : null
  if (verdict?.open) return <WebView src={verdict.url} />
  return (
    <View className={pageClassName}>
      <PrivacyGate>
        <PageState
          status={config.status}
          error={config.error}
          isEmpty={!config.data}
          onRetry={() => void useProfile.getState().loadConfig(true)}
        >
          {verdict && !verdict.open && (
            <View className="section" data-testid="webview-refused">
              <Text className="notice notice--warn">{verdict.reason}</Text>
              <Text className="section__note">{STUDY_LINK_COPY_TIP}</Text>
              {url && (
                <Button
                  block
                  onClick={() =>
                    void Taro.setClipboardData({ data: url }).then(() =>
                      Taro.showToast({ title: '链接已复制', icon: 'success' }),
                    )
                  }
                >
                  复制链接
                </Button>
              )}
            </View>
          )}
        </PageState>
      </PrivacyGate>
    </View>
  )
}
