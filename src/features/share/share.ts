/**
 * What 转发 shares. 首页 and 常见问题 share a fixed title and path, never the holder's data; every
 * other page is private (办事详情, 实名认证, 证书详情 …) and hides the share menu.
 */
import { useDidShow, useShareAppMessage } from '@tarojs/taro'
import { hideShareMenu } from '../../services/platform/share'

export const SHARE_TITLE = '安管人员证书服务：延期复核、转入转出、变更注销在手机上办'

/** A page anyone may forward: a colleague opens the app at this path, without anything personal. */
export function useSharedPage(path: string, title = SHARE_TITLE): void {
  useShareAppMessage(() => ({ title, path }))
}

/** A page with the holder's own data: no 转发, no 分享到朋友圈. */
export function usePrivatePage(): void {
  useDidShow(() => hideShareMenu())
}
