import Taro from '@tarojs/taro'
import type { Capability, MissingCapability } from './capabilitiesPort'

/**
 * The few WeChat APIs the app cannot do without, with the base library WeChat documents for them
 * (the full list is in this folder's README). Checked with wx.canIUse (1.1.1).
 */
const REQUIRED: Record<Capability, { api: string } & MissingCapability> = {
  faceVerification: { api: 'requestFacialVerify', what: '人脸核身（实名认证）', minimum: '3.8.12' },
  chooseMedia: { api: 'chooseMedia', what: '选择或拍摄照片', minimum: '2.10.0' },
}

export function missingCapability(capability: Capability): MissingCapability | null {
  const { api, what, minimum } = REQUIRED[capability]
  return Taro.canIUse(api) ? null : { what, minimum }
}

/** WeChat offers the phone number bound to the account through a button (open-type getPhoneNumber). */
export const hasPhoneNumberButton = true
