/** The holder's certificates; linked to the app by 「刷新证书」 once the ID number is verified. */
import { certificateDisplayStatus } from '../../src/domain/certificateStatus'
import { verified, type HandlerMap } from '../context'
import { certificatePdf } from '../documents/certificate'
import { fail, notFound } from '../errors'
import { learningView } from '../learning'
import type { CertificateRecord, Store } from '../store'
import { currentLink, publicBase } from '../verification'
import { certificateView, visibleCertificates } from '../views'

/** The photo on the certificate; before an 信息变更 has put one there, the holder's accepted 蓝底证件照. */
function certificatePhoto(record: CertificateRecord, store: Store): Buffer | undefined {
  const holder = store.state.users.find((u) => u.realName?.idNumber === record.idNumber)
  const ids = [record.photoId, holder?.photo?.photoId].filter(Boolean)
  for (const id of ids) {
    const photo = store.state.photos.find((p) => p.id === id)
    if (photo) return Buffer.from(photo.jpegBase64, 'base64')
  }
  return undefined
}

export const certificateHandlers: HandlerMap = {
  listCertificates(ctx) {
    const user = verified(ctx)
    const { store } = ctx.services
    return { data: visibleCertificates(user, store).map((c) => certificateView(c, store)) }
  },

  refreshCertificates(ctx) {
    const user = verified(ctx)
    const { store } = ctx.services
    user.certificatesLinked = true
    return { data: visibleCertificates(user, store).map((c) => certificateView(c, store)) }
  },

  getCertificate(ctx) {
    const user = verified(ctx)
    const { store } = ctx.services
    // Someone else's certificate is indistinguishable from one that does not exist.
    const record = visibleCertificates(user, store).find((c) => c.id === ctx.params.certificateId)
    if (!record) throw notFound('未找到该证书，请返回首页刷新证书')
    return { data: certificateView(record, store) }
  },

  async getCertificateDocument(ctx) {
    const user = verified(ctx)
    const { store, clock, config } = ctx.services
    const record = visibleCertificates(user, store).find((c) => c.id === ctx.params.certificateId)
    if (!record) throw notFound('未找到该证书，请返回首页刷新证书')
    const status = certificateDisplayStatus(record, clock.today(), config.renewalWindowMonths)
    if (status === 'EXPIRED') {
      throw fail(
        'CERTIFICATE_EXPIRED',
        `证书${record.number}已于${record.validUntil}过期，不再提供电子证书；如需继续担任安管人员，请重新参加考核取得证书`,
      )
    }
    if (status !== 'VALID' && status !== 'EXPIRING') {
      const why = {
        CANCELLED: '已注销',
        TRANSFERRED_OUT: '已转出安徽省（请到转入省份办理相关业务）',
        SUSPENDED: '被暂扣（暂扣期间只能查看，请联系聘用企业或发证机关了解恢复办法）',
      }[record.recordStatus as 'CANCELLED' | 'TRANSFERRED_OUT' | 'SUSPENDED']
      throw fail('CERTIFICATE_NOT_ACTIVE', `证书${record.number}${why}，不提供电子证书`)
    }
    const link = currentLink(ctx.services, record.id, publicBase(ctx.services, ctx.request))
    const body = await certificatePdf({
      certificate: certificateView(record, store),
      photo: certificatePhoto(record, store),
      verifyUrl: link.url,
      generatedAt: clock.nowIso(),
    })
    return {
      raw: true,
      contentType: 'application/pdf',
      body,
      headers: {
        'Content-Disposition': `inline; filename="certificate.pdf"; filename*=UTF-8''${encodeURIComponent(`电子证书-${record.number}.pdf`)}`,
        // Made from the record on every request: after a renewal or an 信息变更 the file is new.
        'Cache-Control': 'private, no-store',
      },
    }
  },

  getLearning(ctx) {
    return { data: learningView(verified(ctx), ctx.services.store) }
  },
}
