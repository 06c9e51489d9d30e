import { View, Text } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import { CATEGORY_LABELS } from '../../../domain/categories'
import { describeCertificate } from '../../../components/certificateStatus'
import { FixButton } from '../../../guidance/components/FixButton'
import type { CertificateOption } from '../flow/types'

interface Props {
  options: CertificateOption[]
  selectedId: string | null
  today: string
  renewalWindowMonths?: number
  loading: boolean
  /** Certificates are linked to the app by 实名认证: before it there are none to show. */
  verified: boolean
  error?: string
  onSelect(id: string): void
  onFixed?(): void
}

/** 选择证书: certificates that can take this business are selectable; the others say why not. */
export function CertificatePicker(props: Props) {
  const { options, selectedId, today, renewalWindowMonths, loading, verified, error, onSelect, onFixed } =
    props
  return (
    <View className="section" data-testid="cert-picker">
      <Text className="section__title">选择证书</Text>
      {!verified && <Text className="section__note">完成实名认证后，这里会列出您名下的证书。</Text>}
      {verified && loading && options.length === 0 && <Text className="section__note">正在读取证书…</Text>}
      {verified && !loading && options.length === 0 && (
        <Text className="section__note">
          暂未获取到您名下的安徽省证书。如已取得证书，请回到首页点「刷新证书」后再来办理。
        </Text>
      )}
      {options.map(({ certificate: c, reasons }) => {
        const disabled = reasons.length > 0
        const selected = c.id === selectedId
        const view = describeCertificate(c, today, renewalWindowMonths)
        const modifier = disabled ? ' cert-option--disabled' : selected ? ' cert-option--selected' : ''
        return (
          <View
            key={c.id}
            className={`cert-option${modifier}`}
            data-testid={`cert-option-${c.id}`}
            data-disabled={String(disabled)}
            data-selected={String(selected)}
            aria-disabled={disabled}
            onClick={() => !disabled && onSelect(c.id)}
          >
            <View className="cert-option__head">
              <Text className="cert-option__radio">{selected ? '●' : '○'}</Text>
              <Text className="cert-option__category">{CATEGORY_LABELS[c.category]}</Text>
              <StatusChip tone={view.tone} text={view.label} />
            </View>
            <Text className="cert-option__line">{c.number}</Text>
            <Text className="cert-option__line">
              {c.employer.name} · 有效期至 {c.validUntil}
            </Text>
            {reasons.map((r) => (
              <View key={`${r.rule}-${r.code}`} className="cert-option__reason">
                <Text className="cert-option__why">{r.message}</Text>
                <FixButton reason={r} onDone={onFixed} />
              </View>
            ))}
          </View>
        )
      })}
      {error && (
        <Text className="apply__error" data-testid="field-error-certificateId">
          {error}
        </Text>
      )}
    </View>
  )
}
