import { useEffect, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { OfflineBanner } from '../../../components/OfflineBanner'
import { reloadAll, startNetworkWatch, useNetwork } from '../../../data/network/store'
import { useSession } from '../../../data/session/store'
import './SignInGate.scss'

/**
 * Renders its children once signed in; otherwise says what is happening and offers the next step.
 * Every page goes through it, so it also carries the offline banner.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const online = useNetwork((s) => s.online)
  const recovered = useNetwork((s) => s.recovered)
  const dismiss = useNetwork((s) => s.dismiss)
  useEffect(startNetworkWatch, [])
  const banner = (
    <OfflineBanner online={online} recovered={recovered} onRetry={reloadAll} onDismiss={dismiss} />
  )
  const status = useSession((s) => s.status)
  const error = useSession((s) => s.error)
  const signIn = useSession((s) => s.signIn)
  if (status === 'signedIn')
    return (
      <>
        {banner}
        {children}
      </>
    )

  const retry = () => {
    signIn().catch(() => undefined)
  }
  return (
    <View className="sign-in-gate">
      {banner}
      {(status === 'idle' || status === 'signingIn') && <Text className="sign-in-gate__text">正在登录…</Text>}
      {status === 'failed' && (
        <>
          <Text className="sign-in-gate__text">登录失败：{error?.message ?? '请稍后重试'}</Text>
          <Button type="primary" block onClick={retry}>
            重新登录
          </Button>
        </>
      )}
      {status === 'signedOut' && (
        <>
          <Text className="sign-in-gate__text">您已退出登录。</Text>
          <Button type="primary" block onClick={retry}>
            微信一键登录
          </Button>
        </>
      )}
    </View>
  )
}
