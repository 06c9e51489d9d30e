import type { Capability, MissingCapability } from './capabilitiesPort'

/** Browser preview: its stand-ins need nothing from WeChat. */
export function missingCapability(_capability: Capability): MissingCapability | null {
  return null
}

/** A browser has no button that hands over a phone number: the holder types it. */
export const hasPhoneNumberButton = false
