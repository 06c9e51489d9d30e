import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { OfflineBanner } from '../../network/components/OfflineBanner'
import { useSession } from '../store'
import './SignInGate.scss'

/**
 * Renders its children once signed in; otherwise says what is happening and offers the next step.
 * Every page goes through it, so it also carries the offline banner.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status)
  const error = useSession((s) => s.error)
  const signIn = useSession((s) => s.signIn)
  if (status === 'signedIn')
    return (
      <>
        <OfflineBanner />
        {children}
      </>
    )

  const retry = () => {
    signIn().catch(() => undefined)
  }
  return (
    <View className="sign-in-gate">
      <OfflineBanner />
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
