/**
 * The public verification page behind a certificate's QR code: plain HTML with inline styles, no
 * script and nothing loaded from elsewhere, readable in WeChat's scanner and any phone browser.
 * It shows what an inspector needs to match the certificate in front of them, and nothing personal
 * beyond a masked name.
 */
import { CATEGORY_LABELS } from '../../src/domain/categories'
import { STATUS_LABELS } from '../../src/domain/certificateStatus'
import type { CertificateDisplayStatus } from '../../src/domain/types'
import type { CertificateCategory } from '../model'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch])

export interface VerifiedCertificate {
  maskedName: string
  category: CertificateCategory
  number: string
  employerName: string
  issuedOn: string
  validUntil: string
  issuer: string
  status: CertificateDisplayStatus
  /** When the record last changed (a date, or a China-time minute) */
  updated: string
  /** When this page was made, China time */
  checkedAt: string
}

export type VerifyPage =
  | { kind: 'found'; certificate: VerifiedCertificate }
  | { kind: 'unknown' }
  | { kind: 'revoked'; revokedOn: string }
  | { kind: 'limited'; retryAfterSeconds: number }

const GOOD: readonly CertificateDisplayStatus[] = ['VALID', 'EXPIRING']

function statusNote(c: VerifiedCertificate): string {
  switch (c.status) {
    case 'VALID':
      return `证书有效，有效期至${c.validUntil}。`
    case 'EXPIRING':
      return `证书有效，将于${c.validUntil}到期。`
    case 'EXPIRED':
      return `证书已于${c.validUntil}过期，不能作为有效证书使用。`
    case 'CANCELLED':
      return '证书已注销，不能作为有效证书使用。'
    case 'TRANSFERRED_OUT':
      return '证书已转出安徽省，本省不再登记其状态，请到转入省份核验。'
    case 'SUSPENDED':
      return '证书被暂扣，暂扣期间不能作为有效证书使用。'
  }
}

const STYLE = `
body{margin:0;background:#f4f6f8;color:#1d2129;font:17px/1.6 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:560px;margin:0 auto;padding:20px 16px 32px}
h1{font-size:20px;margin:0 0 12px}
.card{background:#fff;border-radius:12px;padding:18px 16px;margin-bottom:14px}
.status{font-size:40px;font-weight:700;letter-spacing:4px;text-align:center;padding:14px 8px;border-radius:10px;color:#fff}
.status--good{background:#1a7f37}.status--bad{background:#c62828}.status--muted{background:#5f6b7a}
.status-note{text-align:center;margin:10px 0 0;font-size:18px}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:8px 14px}
dt{color:#5f6b7a}dd{margin:0;word-break:break-all}
.note{font-size:14px;color:#5f6b7a}
`

function page(title: string, status: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escape(title)} - 安管人员证书验真</title>
<style>${STYLE}</style>
</head>
<body>
<main data-status="${escape(status)}">
<h1>安管人员证书验真</h1>
${body}
</main>
</body>
</html>
`
}

function found(c: VerifiedCertificate): string {
  const label = STATUS_LABELS[c.status === 'EXPIRING' ? 'VALID' : c.status]
  const tone = GOOD.includes(c.status) ? 'good' : c.status === 'TRANSFERRED_OUT' ? 'muted' : 'bad'
  const rows: [string, string][] = [
    ['持证人', c.maskedName],
    ['证书类别', CATEGORY_LABELS[c.category]],
    ['证书编号', c.number],
    ['聘用企业', c.employerName],
    ['发证日期', c.issuedOn],
    ['有效期至', c.validUntil],
    ['发证机关', c.issuer],
    ['信息更新', c.updated],
    ['查询时间', c.checkedAt],
  ]
  return page(
    `${label} ${c.number}`,
    c.status,
    `<section class="card">
<div class="status status--${tone}" id="status">${escape(label)}</div>
<p class="status-note">${escape(statusNote(c))}</p>
</section>
<section class="card">
<dl>
${rows.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`).join('\n')}
</dl>
</section>
<p class="note">请核对持证人出示的证书编号、类别与本页一致。本页按查询时省平台的登记记录显示，只含核验所需的信息：姓名已打码，不显示身份证号和照片。也可在全国工程质量安全监管信息平台按证书编号查询。</p>`,
  )
}

function notice(title: string, status: string, lines: string[]): string {
  return page(
    title,
    status,
    `<section class="card">
<div class="status status--muted" id="status">${escape(title)}</div>
${lines.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</section>`,
  )
}

export function verifyPageHtml(p: VerifyPage): string {
  switch (p.kind) {
    case 'found':
      return found(p.certificate)
    case 'unknown':
      return notice('未找到该证书', 'UNKNOWN', [
        '这个二维码无效、不完整，或不是本平台签发的，无法据此核验证书。',
        '请让持证人重新出示电子证书或小程序「出示证书」页面上的二维码；也可在全国工程质量安全监管信息平台按证书编号查询。',
      ])
    case 'revoked':
      return notice('二维码已作废', 'REVOKED', [
        `持证人已于${p.revokedOn}更换了证书二维码，这个旧二维码不再显示证书信息。`,
        '请让持证人出示最新的电子证书或小程序「出示证书」页面上的二维码。',
      ])
    case 'limited':
      return notice('查询过于频繁', 'LIMITED', [
        `为保护持证人信息，同一网络短时间内的查询次数有限。请${p.retryAfterSeconds}秒后再扫码或刷新本页。`,
      ])
  }
}
