import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { reloadAll, startNetworkWatch, useNetwork } from '../store'
import './OfflineBanner.scss'

/** On every page: says when the network is gone (what was typed stays) and when it is back. */
export function OfflineBanner() {
  const online = useNetwork((s) => s.online)
  const recovered = useNetwork((s) => s.recovered)
  useEffect(startNetworkWatch, [])
  if (!online) {
    return (
      <View className="offline-banner offline-banner--off" data-testid="offline-banner">
        <Text className="offline-banner__text">
          网络已断开。已填写的内容会保留，恢复网络后会自动刷新；也可以换个信号好的地方再试。
        </Text>
        <Button size="small" onClick={reloadAll}>
          重试
        </Button>
      </View>
    )
  }
  if (recovered) {
    return (
      <View className="offline-banner offline-banner--on" data-testid="online-banner">
        <Text className="offline-banner__text">网络已恢复，页面已刷新。</Text>
        <Button size="small" onClick={() => useNetwork.getState().dismiss()}>
          知道了
        </Button>
      </View>
    )
  }
  return null
}
