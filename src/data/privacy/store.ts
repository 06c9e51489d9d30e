/**
 * The holder's consent to the 《用户隐私保护指引》 before a photo is chosen, the phone number is read
 * or the face check runs. Pages that need it ask before the first such call (ensureConsent); a call
 * WeChat intercepts anyway (the clipboard, a second page) raises the same sheet through the port.
 */
import { create } from 'zustand'
import {
  needsPrivacyConsent,
  onNeedPrivacyConsent,
  recordPrivacyConsent,
} from '../../services/platform/privacy'
import type { PlatformConsentRequest } from '../../services/platform/privacyPort'

/** What a page asks consent for: it names what is collected first. */
export type ConsentPurpose = 'photo' | 'realname' | 'other'

type Status = 'unknown' | 'asking' | 'agreed' | 'declined'

interface PrivacyState {
  status: Status
  purpose: ConsentPurpose
  /** Resolves true when the holder agrees (or nothing needs agreeing), false when they decline. */
  ensureConsent(purpose: ConsentPurpose): Promise<boolean>
  agree(): void
  decline(): void
}

let waiting: Array<(agreed: boolean) => void> = []
let platformRequest: PlatformConsentRequest | null = null

function settle(agreed: boolean): void {
  const resolvers = waiting
  waiting = []
  for (const resolve of resolvers) resolve(agreed)
  const request = platformRequest
  platformRequest = null
  if (agreed) request?.agree()
  else request?.decline()
}

export const usePrivacy = create<PrivacyState>()((set, get) => ({
  status: 'unknown',
  purpose: 'other',

  async ensureConsent(purpose) {
    if (get().status === 'agreed') return true
    if (!(await needsPrivacyConsent())) {
      set({ status: 'agreed' })
      return true
    }
    set({ status: 'asking', purpose })
    return new Promise<boolean>((resolve) => waiting.push(resolve))
  },

  agree() {
    recordPrivacyConsent()
    set({ status: 'agreed' })
    settle(true)
  },

  decline() {
    set({ status: 'declined' })
    settle(false)
  },
}))

/** At launch: when WeChat stops a privacy call for consent, the app's own sheet answers it. */
export function listenForConsentRequests(): void {
  onNeedPrivacyConsent((request) => {
    platformRequest?.decline()
    platformRequest = request
    const purpose: ConsentPurpose = /chooseMedia|chooseImage/.test(request.referrer ?? '')
      ? 'photo'
      : /PhoneNumber|Facial/i.test(request.referrer ?? '')
        ? 'realname'
        : 'other'
    usePrivacy.setState({ status: 'asking', purpose })
  })
}
