import { View, Text } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import { Button } from '../../../components/ui'
import { CATEGORY_LABELS } from '../../../domain/categories'
import type { Certificate } from '../../../data/certificates/api'
import { describeCertificate, renewalPrompt } from '../../../components/certificateStatus'
import './CertificateCard.scss'

interface Props {
  certificate: Certificate
  today: string
  /** Months before expiry the renewal window opens (R4) */
  renewalWindowMonths?: number
  onOpen?(id: string): void
  /** Given: a certificate inside the renewal window shows the days left and 「申请延期复核」 */
  onRenew?(id: string): void
}

export function CertificateCard({ certificate, today, renewalWindowMonths, onOpen, onRenew }: Props) {
  const view = describeCertificate(certificate, today, renewalWindowMonths)
  const renewal = onRenew ? renewalPrompt(certificate, today, renewalWindowMonths) : null
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
      {renewal && (
        <View className="certificate-card__renewal" data-testid="renewal-prompt">
          <Text className="certificate-card__renewal-text">{renewal.text}</Text>
          <Button
            type="primary"
            size="small"
            data-testid="renewal-apply"
            onClick={(e) => {
              // The card itself opens the details; this button goes to the form.
              e.stopPropagation()
              onRenew?.(certificate.id)
            }}
          >
            申请延期复核
          </Button>
        </View>
      )}
    </View>
  )
}
