/** The client configuration the backend hands out (GET /v1/config). */
import type { ClientConfig } from './model'

export const DEFAULT_STUDY_LINK_HOSTS = ['study.ahjsjg.example.cn']

/**
 * Placeholders: the deployment sets the template ids it applied for in the WeChat admin console
 * (EXPIRY_TEMPLATE_ID, STATUS_TEMPLATE_ID when starting the reference backend).
 */
export const DEFAULT_SUBSCRIBE_TEMPLATES = {
  expiry: 'demo-tmpl-expiry',
  applicationStatus: 'demo-tmpl-status',
}

export function clientConfig(
  overrides: {
    studyLinkHosts?: string[]
    subscribeTemplates?: Partial<ClientConfig['subscribeTemplates']>
  } = {},
): ClientConfig {
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
    subscribeTemplates: { ...DEFAULT_SUBSCRIBE_TEMPLATES, ...overrides.subscribeTemplates },
  }
}
