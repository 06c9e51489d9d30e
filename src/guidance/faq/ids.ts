/** The 常见问题 groups and entry ids: what links and the page's address may name. */

export const FAQ_GROUPS = [
  { id: 'start', title: '实名认证与登录' },
  { id: 'photo', title: '蓝底证件照' },
  { id: 'rules', title: '办理须知' },
  { id: 'renewal', title: '延期复核' },
  { id: 'change', title: '证书变更、转入与转出' },
  { id: 'cancel', title: '证书注销' },
  { id: 'certificate', title: '证书查询与信息变更' },
  { id: 'app', title: '使用小程序' },
] as const

export type FaqGroupId = (typeof FAQ_GROUPS)[number]['id']

export const FAQ_IDS = [
  'realname-why',
  'realname-failed',
  'realname-bound',
  'realname-privacy',
  'signin-expired',
  'photo-requirements',
  'photo-rejected',
  'photo-why',
  'photo-upload',
  'one-at-a-time',
  'employer-mismatch',
  'left-employer',
  'no-employment',
  'same-employer',
  'progress',
  'withdraw',
  'sent-back',
  'form-errors',
  'duplicate-submit',
  'renewal-window',
  'renewal-study',
  'renewal-declarations',
  'result-expired',
  'expired',
  'certificate-inactive',
  'change-employer',
  'forced-transfer',
  'constructor-b',
  'transfer-in',
  'transfer-in-source',
  'transfer-out',
  'cancellation',
  'forced-cancellation',
  'certificate-missing',
  'info-change',
  'e-certificate',
  'after-done',
  'contacts',
  'network',
  'qr-code',
  'large-text',
] as const

export type FaqId = (typeof FAQ_IDS)[number]

export function isFaqId(value: unknown): value is FaqId {
  return typeof value === 'string' && (FAQ_IDS as readonly string[]).includes(value)
}
