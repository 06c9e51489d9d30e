import { View, Text } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import { CATEGORY_LABELS } from '../../../domain/categories'
import type { Certificate } from '../api'
import { describeCertificate } from '../status'
import './CertificateCard.scss'

interface Props {
  certificate: Certificate
  today: string
  expiringSoonDays?: number
  onOpen?(id: string): void
}

export function CertificateCard({ certificate, today, expiringSoonDays, onOpen }: Props) {
  const view = describeCertificate(certificate, today, expiringSoonDays)
  return (
    <View
      className={`certificate-card certificate-card--${view.tone}`}
      data-testid="certificate-card"
      onClick={() => onOpen?.(certificate.id)}
    >
      <View className="certificate-card__head">
        <Text className="certificate-card__category">{CATEGORY_LABELS[certificate.category]}</Text>
        <StatusChip tone={view.tone} text={view.label} />
      </View>
      <View className="certificate-card__row">
        <Text className="certificate-card__label">证书编号</Text>
        <Text className="certificate-card__value">{certificate.number}</Text>
      </View>
      <View className="certificate-card__row">
        <Text className="certificate-card__label">聘用企业</Text>
        <Text className="certificate-card__value">{certificate.employer.name}</Text>
      </View>
      <View className="certificate-card__row">
        <Text className="certificate-card__label">有效期至</Text>
        <Text className="certificate-card__value">
          {certificate.validUntil}
          {view.daysText && <Text className="certificate-card__days">（{view.daysText}）</Text>}
        </Text>
      </View>
    </View>
  )
}
