/**
 * Browser preview: the same consent sheet, remembered on this device. There is no platform call
 * to intercept, so nothing asks on its own; the pages ask before the first photo or 实名认证.
 */
import Taro from '@tarojs/taro'
import type { PlatformConsentRequest } from './privacyPort'

const KEY = 'anguan.privacyConsent'
const VERSION = 'v1'

export function privacyConsentSupported(): boolean {
  return true
}

export function onNeedPrivacyConsent(_handler: (request: PlatformConsentRequest) => void): void {}

export function needsPrivacyConsent(): Promise<boolean> {
  return Promise.resolve(Taro.getStorageSync(KEY) !== VERSION)
}

export function recordPrivacyConsent(): void {
  Taro.setStorageSync(KEY, VERSION)
}

export async function openPrivacyContract(): Promise<void> {
  await Taro.showModal({
    title: '用户隐私保护指引',
    content:
      '本小程序为办理安管人员证书业务收集：您选择或拍摄的证件照、手机号、实名认证时的姓名与身份证号，以及微信人脸核身结果（不保存人脸图像）。这些信息只用于办理业务，不向无关第三方提供。正式版中点此打开微信的《用户隐私保护指引》全文。',
    showCancel: false,
    confirmText: '知道了',
  })
}

/** No platform button type in the browser: the agree button is an ordinary button. */
export const AGREE_BUTTON_OPEN_TYPE = undefined
