import Taro from '@tarojs/taro'

/**
 * WeChat: a private page (办事详情, 实名认证 …) offers no 转发 or 分享到朋友圈 in its「…」menu, so
 * nothing personal is shared by accident.
 */
export function hideShareMenu(): void {
  void Taro.hideShareMenu({ menus: ['shareAppMessage', 'shareTimeline'] }).catch(() => undefined)
}
