/** The client configuration the backend hands out (GET /v1/config). */
import type { ClientConfig } from './model'

export const DEFAULT_STUDY_LINK_HOSTS = ['study.ahjsjg.example.cn']

export function clientConfig(overrides: { studyLinkHosts?: string[] } = {}): ClientConfig {
  return {
    renewalWindowMonths: 3,
    expiringSoonDays: 90,
    transferInWarnDays: 90,
    photo: {
      width: 358,
      height: 441,
      maxBytes: 50 * 1024,
      minSourceWidth: 358,
      minSourceHeight: 441,
      hueMin: 185,
      hueMax: 230,
      minSaturation: 0.3,
      minValue: 0.3,
    },
    studyLinkHosts: overrides.studyLinkHosts ?? DEFAULT_STUDY_LINK_HOSTS,
  }
}
