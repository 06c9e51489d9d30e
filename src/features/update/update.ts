/**
 * Keeping holders on a current version: when WeChat has downloaded a new version, a modal offers to
 * restart now; when the backend says this client is older than it serves (minClientVersion in
 * GET /v1/config), the restart is not optional, because the old client speaks an old contract.
 */
import Taro from '@tarojs/taro'
import { isOlderVersion } from '../../domain/version'
import { restartWithUpdate, UPDATE_FAILED_HINT, watchForUpdate } from '../../services/platform/update'
import { useProfile } from '../../data/profile/store'

type UpdateState = 'none' | 'ready' | 'failed'
let downloaded: UpdateState = 'none'
let mustUpdate = false
let asking = false

async function offerRestart(): Promise<void> {
  if (asking) return
  asking = true
  try {
    const { confirm } = await Taro.showModal({
      title: '新版本已准备好',
      content: '新版本已经下载好，重启后即可使用。已填写的内容会保存在手机上。',
      confirmText: '立即重启',
      cancelText: '稍后',
    })
    if (confirm) restartWithUpdate()
  } finally {
    asking = false
  }
}

async function forceRestart(): Promise<void> {
  if (asking) return
  asking = true
  try {
    if (downloaded === 'failed') {
      await Taro.showModal({ title: '需要更新', content: UPDATE_FAILED_HINT, showCancel: false })
      return
    }
    await Taro.showModal({
      title: '需要更新',
      content:
        downloaded === 'ready'
          ? '当前版本过旧，不能继续办理业务。点「立即重启」使用新版本，已填写的内容会保存在手机上。'
          : '当前版本过旧，不能继续办理业务。新版本正在下载，下载好后会自动提示重启；请保持网络连接。',
      confirmText: downloaded === 'ready' ? '立即重启' : '知道了',
      showCancel: false,
    })
    if (downloaded === 'ready') restartWithUpdate()
  } finally {
    asking = false
  }
}

/** The configuration says how old a client may be. */
export function checkClientVersion(minimum: string | undefined, current = APP_VERSION): boolean {
  mustUpdate = Boolean(minimum && isOlderVersion(current, minimum))
  if (mustUpdate) void forceRestart()
  return mustUpdate
}

/** Started once at launch. */
export function startUpdateCare(): void {
  watchForUpdate(
    () => {
      downloaded = 'ready'
      void (mustUpdate ? forceRestart() : offerRestart())
    },
    () => {
      downloaded = 'failed'
      if (mustUpdate) void forceRestart()
    },
  )
  let seen: string | undefined
  useProfile.subscribe((s) => {
    const minimum = s.config.data?.minClientVersion
    if (minimum === seen) return
    seen = minimum
    checkClientVersion(minimum)
  })
}
