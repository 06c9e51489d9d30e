/** The holder's certificates; linked to the app by 「刷新证书」 once the ID number is verified. */
import { verified, type HandlerMap } from '../context'
import { notFound } from '../errors'
import { certificateView, visibleCertificates } from '../views'

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
}
