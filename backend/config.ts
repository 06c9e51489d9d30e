/** The client configuration the backend hands out (GET /v1/config). */
import type { ClientConfig, ContactPoint } from './model'

export const DEFAULT_STUDY_LINK_HOSTS = ['study.ahjsjg.example.cn']

/**
 * Placeholders: the deployment sets the template ids it applied for in the WeChat admin console
 * (EXPIRY_TEMPLATE_ID, STATUS_TEMPLATE_ID when starting the reference backend).
 */
export const DEFAULT_SUBSCRIBE_TEMPLATES = {
  expiry: 'demo-tmpl-expiry',
  applicationStatus: 'demo-tmpl-status',
}

/**
 * 咨询电话 / 办理地点: examples only, marked as such on screen. A deployment lists its real offices
 * (per city) in the configuration its backend serves.
 */
export const SAMPLE_CONTACTS: ContactPoint[] = [
  {
    city: '安徽省',
    office: '省级安管人员考核业务咨询（示例）',
    phone: '0551-60000001',
    hours: '工作日 9:00-12:00，14:00-17:00',
    sample: true,
  },
  {
    city: '合肥市',
    office: '合肥市建设工程安全监督站 安管人员窗口（示例）',
    phone: '0551-60000002',
    address: '合肥市示例大道 100 号 政务服务中心 2 楼',
    hours: '工作日 9:00-17:00',
    sample: true,
  },
  {
    city: '芜湖市',
    office: '芜湖市住房和城乡建设局 安管人员窗口（示例）',
    phone: '0553-60000003',
    address: '芜湖市示例路 8 号 政务服务中心 3 楼',
    hours: '工作日 9:00-17:00',
    sample: true,
  },
]

export function clientConfig(
  overrides: {
    studyLinkHosts?: string[]
    subscribeTemplates?: Partial<ClientConfig['subscribeTemplates']>
    contacts?: ContactPoint[]
  } = {},
): ClientConfig {
  return {
    renewalWindowMonths: 3,
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
    contacts: overrides.contacts ?? SAMPLE_CONTACTS,
  }
}
