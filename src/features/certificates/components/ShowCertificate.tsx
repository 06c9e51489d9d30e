import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { CATEGORY_LABELS } from '../../../domain/categories'
import { toApiError } from '../../../services/errors'
import { apiUrl } from '../../../services/http'
import { serverNow } from '../../../services/clock'
import type { Certificate } from '../../../data/certificates/api'
import { reissueVerificationLink, type VerificationLink } from '../../../data/certificates/documents'
import { describeCertificate } from '../../../components/certificateStatus'
import { QrCode } from './QrCode'
import './ShowCertificate.scss'

interface Props {
  certificate: Certificate
  link: VerificationLink
  /** The certificate's photo, else the holder's accepted 蓝底证件照 */
  photoUrl?: string
  today: string
  renewalWindowMonths?: number
}

/** What an inspector reads from the status band: 有效 only for a certificate that can be relied on. */
const VOID_NOTES: Record<string, string> = {
  EXPIRED: '证书已过期，不能作为有效证书使用',
  CANCELLED: '证书已注销，不能作为有效证书使用',
  TRANSFERRED_OUT: '证书已转出安徽省，本省不再登记',
  SUSPENDED: '证书被暂扣，暂扣期间不能作为有效证书使用',
}

/** 2026-11-23 10:05:09 in China time, from the backend's clock. */
function cstSecond(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
}

/** A running clock: a screenshot held up on site stops; the live page does not. */
function LiveClock() {
  const [now, setNow] = useState(serverNow())
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <Text className="show__clock" data-testid="show-clock">
      出示时间 {cstSecond(now)}
    </Text>
  )
}

/**
 * 出示证书: the certificate as an inspector on site checks it, in large type: photo, name, category,
 * number, validity and status, and the QR code that opens the public verification page. A
 * certificate that cannot be relied on says so across the whole card.
 */
export function ShowCertificate({
  certificate: c,
  link: initial,
  photoUrl,
  today,
  renewalWindowMonths,
}: Props) {
  const [link, setLink] = useState(initial)
  const [replacing, setReplacing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const view = describeCertificate(c, today, renewalWindowMonths)
  const good = view.status === 'VALID' || view.status === 'EXPIRING'
  const label = good ? '有效' : view.label
  const { windowWidth } = Taro.getWindowInfo()

  const replace = async () => {
    if (replacing) return
    const answer = await Taro.showModal({
      title: '更换二维码',
      content: '更换后，旧二维码和已下载的电子证书上的二维码立即作废，扫旧码会看到「已作废」。确定更换吗？',
      confirmText: '更换',
    })
    if (!answer.confirm) return
    setReplacing(true)
    setNotice(null)
    try {
      setLink(await reissueVerificationLink(c.id))
      setNotice('已更换二维码。之前下载的电子证书请重新下载。')
    } catch (err) {
      const e = toApiError(err)
      setNotice(e.retryable ? `${e.message}。可再点一次重试。` : e.message)
    } finally {
      setReplacing(false)
    }
  }

  return (
    <View className="show" data-testid="show-certificate" data-status={view.status}>
      {!good && (
        <View className="show__banner" role="alert" data-testid="show-void">
          <Text className="show__banner-title">{view.label}</Text>
          <Text className="show__banner-note">{VOID_NOTES[view.status]}</Text>
        </View>
      )}
      <View className={`show__card ${good ? '' : 'show__card--void'}`}>
        <Text className="show__title">安全生产考核合格证书</Text>
        <View className="show__identity">
          {photoUrl ? (
            <Image
              className="show__photo"
              src={apiUrl(photoUrl)}
              mode="aspectFit"
              ariaLabel="持证人蓝底证件照"
              nativeProps={{ alt: '持证人蓝底证件照' }}
            />
          ) : (
            <View className="show__photo show__photo--none">
              <Text>照片未登记</Text>
            </View>
          )}
          <View className="show__who">
            <Text className="show__name" data-testid="show-name">
              {c.holderName}
            </Text>
            <Text className="show__category">{CATEGORY_LABELS[c.category]}</Text>
          </View>
        </View>
        <View className={`show__status show__status--${good ? 'good' : 'void'}`} data-testid="show-status">
          <Text>{label}</Text>
        </View>
        <View className="show__rows">
          <View className="show__row">
            <Text className="show__label">证书编号</Text>
            <Text className="show__value" data-testid="show-number">
              {c.number}
            </Text>
          </View>
          <View className="show__row">
            <Text className="show__label">有效期至</Text>
            <Text className="show__value">{c.validUntil}</Text>
          </View>
          <View className="show__row">
            <Text className="show__label">聘用企业</Text>
            <Text className="show__value">{c.employer.name}</Text>
          </View>
        </View>
        <View className="show__qr">
          <QrCode text={link.url} maxSize={Math.min(300, Math.round(windowWidth * 0.66))} />
          <Text className="show__qr-note">检查人员扫码，可查看本证书在省平台登记的当前状态</Text>
        </View>
        <LiveClock />
        {!good && (
          <View className="show__watermark" aria-hidden>
            <Text>{view.label}</Text>
          </View>
        )}
      </View>
      <View className="show__actions">
        {notice && (
          <View className="notice notice--info" role="status">
            <Text>{notice}</Text>
          </View>
        )}
        <Button block loading={replacing} disabled={replacing} onClick={() => void replace()}>
          二维码被转发了？更换二维码
        </Button>
      </View>
    </View>
  )
}
