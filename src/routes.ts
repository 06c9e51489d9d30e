/** Every route of the app in one place; tab pages live in the main package, flows in subpackages. */
import type { GuideTopic } from './domain/eligibility'
import type { HolderApplicationType } from './domain/types'

export const TAB_ROUTES = {
  home: '/pages/index/index',
  work: '/pages/work/index',
  mine: '/pages/mine/index',
} as const

export const ROUTES = {
  realname: '/packages/identity/realname/index',
  photo: '/packages/identity/photo/index',
  certificateDetail: (id: string) => `/packages/certificate/detail/index?id=${encodeURIComponent(id)}`,
  /** 出示证书: full screen for on-site checks, with the verification QR code. */
  showCertificate: (id: string) => `/packages/certificate/show/index?id=${encodeURIComponent(id)}`,
  applicationDetail: (id: string) => `/packages/work/detail/index?id=${encodeURIComponent(id)}`,
  /** One of the five application forms; the certificate is preselected when given. */
  apply: (type: HolderApplicationType, certificateId?: string) =>
    `/packages/apply/form/index?type=${type}` +
    (certificateId ? `&certificateId=${encodeURIComponent(certificateId)}` : ''),
  /** 修改后重新提交: the form of a sent-back application, filled with what was sent. */
  resubmit: (type: HolderApplicationType, applicationId: string) =>
    `/packages/apply/form/index?type=${type}&resubmit=${encodeURIComponent(applicationId)}`,
  /** How to proceed where the app cannot finish the business (强制调动, 强制注销, …). */
  guide: (topic: GuideTopic) => `/packages/apply/guide/index?topic=${topic}`,
  /** The in-app browser for renewal study links (https, allow-listed hosts only). */
  webview: (url: string) => `/packages/work/webview/index?url=${encodeURIComponent(url)}`,
  /** 常见问题; with a topic (an entry id) that entry opens first. */
  help: (topic?: string) => `/packages/help/faq/index` + (topic ? `?topic=${encodeURIComponent(topic)}` : ''),
}
