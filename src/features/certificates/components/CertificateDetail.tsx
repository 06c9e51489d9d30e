import { View, Text, Image } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import { Button } from '../../../components/ui'
import { CATEGORY_LABELS } from '../../../domain/categories'
import { APPLICATION_TYPE_LABELS, checkEligibility, renewalWindow } from '../../../domain'
import type { HolderApplicationType } from '../../../domain/types'
import { ROUTES } from '../../../routes'
import { apiUrl } from '../../../services/http'
import { go } from '../../../services/navigation'
import { formatInstant } from '../../../domain/dates'
import { FixButton } from '../../../guidance/components/FixButton'
import { useEmployment } from '../../../data/employment/store'
import type { EligibilityContext } from '../../../data/loaders/eligibilityContext'
import type { Certificate } from '../../../data/certificates/api'
import { describeCertificate } from '../../../components/certificateStatus'
import { CertificateDocument } from './CertificateDocument'
import { CertificateLearning } from './CertificateLearning'
import './CertificateDetail.scss'

const TYPES: HolderApplicationType[] = [
  'RENEWAL',
  'TRANSFER_OUT',
  'CHANGE_EMPLOYER',
  'CANCELLATION',
  'TRANSFER_IN',
]

interface Props {
  certificate: Certificate
  context: EligibilityContext
}

/**
 * 证书详情: every field, then for each business whether it can start now: 「去办理」 opens the form
 * with this certificate, otherwise each reason with its fix.
 */
export function CertificateDetail({ certificate: c, context: loaded }: Props) {
  // 「刷新聘用关系」 below updates the store; the verdicts follow it.
  const employment = useEmployment((s) => s.employment.data)
  const context = { ...loaded, employment }
  const view = describeCertificate(c, context.today, context.config.renewalWindowMonths)
  const window = renewalWindow(c.validUntil, context.config.renewalWindowMonths)
  const rows: [string, string][] = [
    ['类别', CATEGORY_LABELS[c.category]],
    ['证书编号', c.number],
    ['姓名', c.holderName],
    ['身份证号', c.idNumberMasked],
    ['聘用企业', c.employer.name],
    ['企业统一社会信用代码', c.employer.uscc],
    ['职务', c.position ?? '—'],
    ['发证日期', c.issuedOn],
    ['有效期至', c.validUntil],
    ['延期复核办理时间', `${window.opensOn} 至 ${window.closesOn}`],
  ]
  return (
    <View>
      <View className="section" data-testid="certificate-fields">
        <View className="section__row">
          <Text className="section__title">证书信息</Text>
          <StatusChip tone={view.tone} text={view.label} />
        </View>
        {view.daysText && <Text className="section__note">{view.daysText}</Text>}
        {rows.map(([label, value]) => (
          <View className="section__row" key={label}>
            <Text className="section__label">{label}</Text>
            <Text className="section__value">{value}</Text>
          </View>
        ))}
        {c.photoUrl && (
          <View className="section__row">
            <Text className="section__label">证书照片</Text>
            <Image
              className="certificate-detail__photo"
              src={apiUrl(c.photoUrl)}
              mode="aspectFit"
              data-testid="certificate-photo"
              ariaLabel="证书上的蓝底证件照"
              nativeProps={{ alt: '证书上的蓝底证件照' }}
            />
          </View>
        )}
      </View>
      <CertificateDocument certificate={c} view={view} />
      <CertificateLearning
        certificate={c}
        results={context.results}
        periods={context.periods}
        today={context.today}
      />
      {c.changes && c.changes.length > 0 && (
        <View className="section" data-testid="certificate-changes">
          <Text className="section__title">变更记录</Text>
          {[...c.changes].reverse().map((change) => (
            <View
              key={`${change.applicationId}-${change.at}`}
              className="certificate-change"
              data-testid="certificate-change"
            >
              <Text className="section__note">
                {formatInstant(change.at)} · {APPLICATION_TYPE_LABELS[change.applicationType]}办结
              </Text>
              {change.items.map((item) => (
                <Text key={item.field} className="certificate-change__item">
                  {item.label}：{item.from ? `${item.from} → ` : ''}
                  {item.to ?? ''}
                </Text>
              ))}
              <Button size="small" onClick={() => void go(ROUTES.applicationDetail(change.applicationId))}>
                查看这项业务
              </Button>
            </View>
          ))}
        </View>
      )}
      <View className="section" data-testid="certificate-eligibility">
        <Text className="section__title">可办理的业务</Text>
        {TYPES.map((type) => {
          if (type === 'TRANSFER_IN') {
            return (
              <View key={type} className="eligibility">
                <Text className="eligibility__type">{APPLICATION_TYPE_LABELS[type]}</Text>
                <Text className="section__note">跨省转入用于把外省证书转入安徽，不适用于本证书。</Text>
              </View>
            )
          }
          const verdict = checkEligibility({ ...context, type, certificate: c })
          return (
            <View key={type} className="eligibility" data-testid={`eligibility-${type}`}>
              <View className="section__row">
                <Text className="eligibility__type">{APPLICATION_TYPE_LABELS[type]}</Text>
                {verdict.allowed ? (
                  <StatusChip tone="ok" text="可以办理" />
                ) : (
                  <StatusChip tone="muted" text="暂不能办理" />
                )}
              </View>
              {verdict.allowed && (
                <Button
                  type="primary"
                  size="small"
                  data-testid={`apply-${type}`}
                  onClick={() => void go(ROUTES.apply(type, c.id))}
                >
                  去办理
                </Button>
              )}
              {verdict.reasons.map((r) => (
                <View key={`${r.rule}-${r.code}`} className="eligibility__reason">
                  <Text className="section__note">{r.message}</Text>
                  <FixButton reason={r} />
                </View>
              ))}
            </View>
          )
        })}
      </View>
    </View>
  )
}
