import Taro from '@tarojs/taro'

/**
 * WeChat downloads a new version in the background at launch (UpdateManager, base library
 * 1.9.90). `onReady` runs once it is ready; `restart` applies it (the app restarts on the new version).
 */
export function watchForUpdate(onReady: () => void, onFailed: () => void): void {
  if (!Taro.canIUse('getUpdateManager')) return
  const manager = Taro.getUpdateManager()
  manager.onUpdateReady(onReady)
  manager.onUpdateFailed(onFailed)
}

export function restartWithUpdate(): void {
  Taro.getUpdateManager().applyUpdate()
}

/** What a holder can do when no newer version could be downloaded. */
export const UPDATE_FAILED_HINT = '新版本下载失败。请删除「安管人员证书服务」小程序后，重新扫码或搜索打开。'
