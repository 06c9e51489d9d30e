/**
 * 电子证书: the current certificate as a one-page PDF the holder opens, saves or forwards (seed 003,
 * FAQ 6: 「重新下载电子证照」 when numbers change). Drawn from the contract's certificate view, which
 * carries only the masked ID number, so the full number cannot reach the file. The QR code leads to
 * the public verification page, where anyone sees the certificate's status on the day they scan.
 */
import { CATEGORY_LABELS } from '../../src/domain/categories'
import type { Certificate } from '../model'
import { renderPdf } from './pdf'
import { qrModules } from './qr'

/** The issuing authority of Anhui's 安管人员 certificates. */
export const ISSUING_AUTHORITY = '安徽省住房和城乡建设厅'

/** 2026-11-23 10:05, China Standard Time. */
export function cstMinute(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export interface CertificateDocument {
  certificate: Certificate
  /** The photo on the certificate (JPEG), when there is one on record */
  photo?: Buffer
  verifyUrl: string
  generatedAt: string
}

export function certificatePdf({
  certificate: c,
  photo,
  verifyUrl,
  generatedAt,
}: CertificateDocument): Promise<Buffer> {
  return renderPdf(`电子证书 ${c.number}`, (w) => {
    const { width, margin } = w.page
    w.text('建筑施工企业安全生产管理人员', { size: 14, align: 'center', gap: 2 })
    w.text('安全生产考核合格证书', { size: 24, align: 'center', gap: 2 })
    w.text('（电子证书）', { size: 11, align: 'center', gap: 10 })
    w.rule()

    // Fields on the left, the 蓝底证件照 (26 × 32 mm, shown larger) on the right.
    const photoBox = { x: width - margin - 100, y: w.y(), width: 100, height: 123 }
    const column = { x: margin, width: photoBox.x - margin - 16 }
    if (photo) w.image(photo, photoBox)
    else w.frame(photoBox, '照片未登记')
    w.field('姓名', c.holderName, column)
    w.field('身份证号', c.idNumberMasked, column)
    w.field('证书类别', CATEGORY_LABELS[c.category], column)
    w.field('证书编号', c.number, column)
    w.field('聘用企业', c.employer.name, column)
    if (c.position) w.field('职务', c.position, column)
    w.field('发证日期', c.issuedOn, column)
    w.field('有效期至', c.validUntil, column)
    w.field('发证机关', ISSUING_AUTHORITY, column)
    w.moveTo(Math.max(w.y(), photoBox.y + photoBox.height) + 8)
    w.rule()

    // The verification QR code and how to use it.
    const qr = { x: margin, y: w.y() + 4, size: 132 }
    w.qrCode(qrModules(verifyUrl), qr)
    const side = { x: qr.x + qr.size + 20, width: width - margin - (qr.x + qr.size + 20) }
    w.moveTo(qr.y)
    w.text('扫码验真', { size: 14, gap: 4, ...side })
    w.text('用微信扫一扫或手机相机扫描左侧二维码，打开省平台的验真页面，查看本证书今天的登记状态。', {
      size: 11,
      gap: 4,
      ...side,
    })
    w.text(`验真地址：${verifyUrl}`, { size: 9, gap: 4, color: '#333333', ...side })
    w.text(`生成时间：${cstMinute(generatedAt)}`, { size: 9, gap: 4, color: '#333333', ...side })
    w.moveTo(Math.max(w.y(), qr.y + qr.size) + 12)
    w.rule()
    w.text(
      '本电子证书按生成时的登记信息制作，身份证号已打码。证书是否有效以扫码验真显示的当前状态为准；' +
        '证书延期、变更或注销后，请重新下载。',
      { size: 9, gap: 2, color: '#333333' },
    )
  })
}
