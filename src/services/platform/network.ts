import Taro from '@tarojs/taro'

/** WeChat: the current connection and its changes. */
export function watchNetwork(onChange: (online: boolean) => void): void {
  Taro.getNetworkType({
    success: (res) => onChange(res.networkType !== 'none'),
    fail: () => undefined,
  })
  Taro.onNetworkStatusChange((res) => onChange(res.isConnected))
}
