import { View, Text } from '@tarojs/components'
import { Button } from './ui'
import './OfflineBanner.scss'

interface Props {
  online: boolean
  /** The network came back a moment ago (the page has reloaded). */
  recovered: boolean
  onRetry(): void
  onDismiss(): void
}

/** Says when the network is gone (what was typed stays) and when it is back. */
export function OfflineBanner({ online, recovered, onRetry, onDismiss }: Props) {
  if (!online) {
    return (
      <View className="offline-banner offline-banner--off" data-testid="offline-banner">
        <Text className="offline-banner__text">
          网络已断开。已填写的内容会保留，恢复网络后会自动刷新；也可以换个信号好的地方再试。
        </Text>
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      </View>
    )
  }
  if (recovered) {
    return (
      <View className="offline-banner offline-banner--on" data-testid="online-banner">
        <Text className="offline-banner__text">网络已恢复，页面已刷新。</Text>
        <Button size="small" onClick={onDismiss}>
          知道了
        </Button>
      </View>
    )
  }
  return null
}
