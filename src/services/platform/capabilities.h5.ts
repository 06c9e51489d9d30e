import type { Capability, MissingCapability } from './capabilitiesPort'

/** Browser preview: its stand-ins need nothing from WeChat. */
export function missingCapability(_capability: Capability): MissingCapability | null {
  return null
}
