/**
 * WeChat's privacy consent (base library 2.32.3): a privacy API (choosing a photo, the phone-number
 * button, 人脸核身, the clipboard) waits for the holder's consent to the 《用户隐私保护指引》. The app
 * asks with its own sheet: it checks the setting before the first such call, and answers WeChat's
 * onNeedPrivacyAuthorization when a call is intercepted. Consent is given by a button with
 * open-type="agreePrivacyAuthorization", whose id WeChat matches.
 */
import Taro from '@tarojs/taro'
import { PRIVACY_AGREE_BUTTON_ID, type PlatformConsentRequest } from './privacyPort'

interface PrivacyWx {
  onNeedPrivacyAuthorization?(
    listener: (
      resolve: (r: { event: string; buttonId?: string }) => void,
      info?: { referrer?: string },
    ) => void,
  ): void
  getPrivacySetting?(options: {
    success(res: { needAuthorization: boolean; privacyContractName?: string }): void
    fail(err: unknown): void
  }): void
  openPrivacyContract?(options: { success(): void; fail(err: unknown): void }): void
}
declare const wx: PrivacyWx | undefined

const api = (): PrivacyWx => (typeof wx === 'undefined' ? {} : wx)

/** Older base libraries have no consent step: WeChat lets the calls through. */
export function privacyConsentSupported(): boolean {
  return Taro.canIUse('getPrivacySetting') && typeof api().getPrivacySetting === 'function'
}

export function onNeedPrivacyConsent(handler: (request: PlatformConsentRequest) => void): void {
  const on = api().onNeedPrivacyAuthorization
  if (!privacyConsentSupported() || !on) return
  on((resolve, info) => {
    // Tell WeChat the app's own sheet is showing; the answer follows the holder's choice.
    resolve({ event: 'exposureAuthorization' })
    handler({
      referrer: info?.referrer,
      agree: () => resolve({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }),
      decline: () => resolve({ event: 'disagree' }),
    })
  })
}

/** Whether the holder still has to agree (false where consent is not needed or already given). */
export function needsPrivacyConsent(): Promise<boolean> {
  const get = api().getPrivacySetting
  if (!privacyConsentSupported() || !get) return Promise.resolve(false)
  return new Promise((resolve) =>
    get({ success: (res) => resolve(Boolean(res.needAuthorization)), fail: () => resolve(false) }),
  )
}

/** After the agree button: WeChat has recorded the consent itself. */
export function recordPrivacyConsent(): void {}

export function openPrivacyContract(): Promise<void> {
  const open = api().openPrivacyContract
  if (!open) return Promise.reject(new Error('openPrivacyContract unavailable'))
  return new Promise((resolve, reject) => open({ success: () => resolve(), fail: reject }))
}

/** The agree button is WeChat's own: open-type agreePrivacyAuthorization, with the matched id. */
export const AGREE_BUTTON_OPEN_TYPE = 'agreePrivacyAuthorization' as const
