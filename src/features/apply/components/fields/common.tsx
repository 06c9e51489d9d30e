import { View, Text, Picker } from '@tarojs/components'
import { HOME_PROVINCE } from '../../../../domain/certificateNumber'
import type { GuideTopic } from '../../../../domain/eligibility'
import { ROUTES } from '../../../../routes'
import { go } from '../../../../services/navigation'
import type { Certificate } from '../../../../data/certificates/api'
import type { DraftFields } from '../../../../data/apply/drafts'
import { provinceOptions, type Option } from '../../content'

/** What every type's fields get: the draft's values, the messages under them, and the way to change them. */
export interface FieldsProps {
  fields: DraftFields
  errors: Record<string, string>
  /** Fields a reviewer asked to correct (修改后重新提交): marked until the holder edits them. */
  flagged?: readonly string[]
  onChange(patch: DraftFields): void
}

export const OTHER_PROVINCES = provinceOptions(HOME_PROVINCE)

export const text = (v: unknown) => (typeof v === 'string' ? v : '')

export function FieldError({
  name,
  errors,
  flagged,
}: {
  name: string
  errors: Record<string, string>
  flagged?: readonly string[]
}) {
  if (errors[name]) {
    return (
      <Text className="apply__error" data-testid={`field-error-${name}`}>
        {errors[name]}
      </Text>
    )
  }
  if (!flagged?.includes(name)) return null
  return (
    <Text className="apply__flag" data-testid={`field-flag-${name}`}>
      退回原因涉及此项，请核对后修改
    </Text>
  )
}

/** 跨省转出 and 证书注销 are filed by the certificate's enterprise, whatever the current 聘用关系 (R3). */
export function FilingEnterprise({
  type,
  certificate,
}: {
  type: 'TRANSFER_OUT' | 'CANCELLATION'
  certificate?: Certificate
}) {
  const name = certificate ? `「${certificate.employer.name}」` : '证书上的企业（选择证书后显示）'
  const what =
    type === 'TRANSFER_OUT'
      ? '提交后由它在考核管理系统中上传您的原企业解聘证明、现单位劳动聘用合同等材料并提交，市级主管部门审批。'
      : '提交后由它在考核管理系统中点「同意」，市级主管部门审批。'
  return (
    <View className="apply__field" data-testid="filing-enterprise">
      <Text className="apply__label">办理企业</Text>
      <Text className="section__value">{name}</Text>
      <Text className="section__note">
        由证书上的企业（原聘用企业）办理，您已离职也可以申请，不需要先办理证书变更。{what}
      </Text>
    </View>
  )
}

export function GuideLink({ topic, children }: { topic: GuideTopic; children: string }) {
  return (
    <Text
      className="apply__link"
      data-testid={`guide-link-${topic}`}
      onClick={() => void go(ROUTES.guide(topic))}
    >
      {children}
    </Text>
  )
}

interface SelectProps {
  name: string
  label: string
  options: Option[]
  value: string
  placeholder: string
  onPick(value: string): void
}

export function Select({ name, label, options, value, placeholder, onPick }: SelectProps) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <Picker
      mode="selector"
      range={options.map((o) => o.label)}
      value={Math.max(index, 0)}
      onChange={(e) => {
        const picked = options[Number(e.detail.value)]
        if (picked) onPick(picked.value)
      }}
    >
      <View className="apply__select" id={`field-${name}`} data-testid={`field-${name}`} aria-label={label}>
        <Text className={index >= 0 ? '' : 'apply__placeholder'}>
          {index >= 0 ? options[index].label : placeholder}
        </Text>
        <Text className="apply__chevron">›</Text>
      </View>
    </Picker>
  )
}
