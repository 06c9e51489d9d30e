import Taro from '@tarojs/taro'

/** WeChat: the current connection and its changes. Without the APIs, the app assumes it is online. */
export function watchNetwork(onChange: (online: boolean) => void): void {
  try {
    Taro.getNetworkType({
      success: (res) => onChange(res.networkType !== 'none'),
      fail: () => undefined,
    })?.catch?.(() => undefined)
    Taro.onNetworkStatusChange((res) => onChange(res.isConnected))
  } catch {
    /* no network status on this platform */
  }
}
