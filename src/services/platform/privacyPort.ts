/** A request from the platform for consent, raised when a privacy API is about to be called. */
export interface PlatformConsentRequest {
  /** The API or component that asked, e.g. "chooseMedia" or "button.getPhoneNumber" */
  referrer?: string
  /** The holder agreed through the agree button: the waiting call goes ahead. */
  agree(): void
  /** The holder declined: the waiting call fails. */
  decline(): void
}

/** The id WeChat matches between the agree button and the consent it confirms. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'
