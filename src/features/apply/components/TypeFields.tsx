import { useState } from 'react'
import { View, Text, Input, Textarea, Picker } from '@tarojs/components'
import { HOME_PROVINCE, parseCertificateNumber } from '../../../domain/certificateNumber'
import { latestValidUntil } from '../../../domain/applicationFields'
import type { GuideTopic } from '../../../domain/eligibility'
import { containsIdNumber } from '../../../domain/redact'
import type { HolderApplicationType } from '../../../domain/types'
import { ROUTES } from '../../../routes'
import { go } from '../../../services/navigation'
import type { Certificate } from '../../../data/certificates/api'
import type { Employment } from '../../../data/employment/api'
import { CATEGORY_OPTIONS, DECLARATIONS, provinceOptions, type Option } from '../content'
import type { DraftFields } from '../../../data/apply/drafts'

interface Props {
  type: HolderApplicationType
  fields: DraftFields
  errors: Record<string, string>
  /** Fields a reviewer asked to correct (修改后重新提交): marked until the holder edits them. */
  flagged?: readonly string[]
  employment: Employment | null
  /** The chosen certificate: transfer out and cancellation name its enterprise, which files them. */
  certificate?: Certificate
  today: string
  onChange(patch: DraftFields): void
}

const OTHER_PROVINCES = provinceOptions(HOME_PROVINCE)
const REASON_MAX = 500

const text = (v: unknown) => (typeof v === 'string' ? v : '')

function FieldError({
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
function FilingEnterprise({
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

function GuideLink({ topic, children }: { topic: GuideTopic; children: string }) {
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

function Select({ name, label, options, value, placeholder, onPick }: SelectProps) {
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

/** The fields of one form type, each with its own message under it. */
export function TypeFields({
  type,
  fields,
  errors,
  flagged,
  employment,
  certificate,
  today,
  onChange,
}: Props) {
  const [privacyNote, setPrivacyNote] = useState(false)
  const typed = (name: string, value: string) => {
    if (containsIdNumber(value)) setPrivacyNote(true)
    onChange({ [name]: value })
  }
  const note = privacyNote && (
    <Text className="notice notice--info" data-testid="privacy-note">
      这里不需要填写身份证号。为保护您的信息，身份证号已自动隐去中间部分。
    </Text>
  )

  switch (type) {
    case 'RENEWAL':
      return (
        <View className="section">
          <Text className="section__title">本人声明</Text>
          {DECLARATIONS.map((d) => {
            const checked = fields[d.name] === true
            return (
              <View key={d.name} className="apply__field">
                <View
                  className={`declaration${checked ? ' declaration--checked' : ''}`}
                  role="checkbox"
                  aria-checked={checked}
                  data-testid={`decl-${d.name}`}
                  data-checked={String(checked)}
                  onClick={() => onChange({ [d.name]: !checked })}
                >
                  <Text className="declaration__box">{checked ? '✓' : ''}</Text>
                  <Text className="declaration__text">{d.text}</Text>
                </View>
                <FieldError name={d.name} errors={errors} flagged={flagged} />
              </View>
            )
          })}
          <Text className="section__note">声明须真实；如与事实不符，将影响审核结果并可能被追究责任。</Text>
        </View>
      )

    case 'TRANSFER_IN': {
      // On leaving the box: normalise the number and fill province and category from it.
      const fillFromNumber = (value: string) => {
        const parsed = parseCertificateNumber(value)
        if (!parsed.ok) return
        onChange({
          sourceNumber: parsed.value,
          ...(text(fields.sourceProvince) ? {} : { sourceProvince: parsed.province }),
          ...(text(fields.category) ? {} : { category: parsed.category }),
        })
      }
      return (
        <View className="section">
          <Text className="section__title">原证书信息</Text>
          <View className="apply__field">
            <Text className="apply__label">原证书编号</Text>
            <Input
              className="apply__input"
              value={text(fields.sourceNumber)}
              placeholder="如 苏建安C2（2022）0034567"
              maxlength={40}
              onInput={(e) => typed('sourceNumber', e.detail.value)}
              onBlur={(e) =>
                fillFromNumber(
                  typeof e.detail?.value === 'string' ? e.detail.value : text(fields.sourceNumber),
                )
              }
              data-testid="field-sourceNumber"
            />
            <Text className="section__note">括号可用中文或英文括号；填写后会自动带出省份和类别。</Text>
            <FieldError name="sourceNumber" errors={errors} flagged={flagged} />
          </View>
          {note}
          <View className="apply__field">
            <Text className="apply__label">原发证省份</Text>
            <Select
              name="sourceProvince"
              label="原发证省份"
              options={OTHER_PROVINCES}
              value={text(fields.sourceProvince)}
              placeholder="请选择省份"
              onPick={(v) => onChange({ sourceProvince: v })}
            />
            <FieldError name="sourceProvince" errors={errors} flagged={flagged} />
          </View>
          <View className="apply__field">
            <Text className="apply__label">类别</Text>
            <Select
              name="category"
              label="类别"
              options={CATEGORY_OPTIONS}
              value={text(fields.category)}
              placeholder="请选择类别"
              onPick={(v) => onChange({ category: v })}
            />
            <FieldError name="category" errors={errors} flagged={flagged} />
          </View>
          <View className="apply__field">
            <Text className="apply__label">有效期至</Text>
            <Picker
              mode="date"
              value={text(fields.validUntil) || today}
              start={today}
              end={latestValidUntil(today)}
              onChange={(e) => onChange({ validUntil: String(e.detail.value) })}
            >
              <View className="apply__select" id="field-validUntil" data-testid="field-validUntil">
                <Text className={text(fields.validUntil) ? '' : 'apply__placeholder'}>
                  {text(fields.validUntil) || '请选择原证书的有效期截止日期'}
                </Text>
                <Text className="apply__chevron">›</Text>
              </View>
            </Picker>
            <FieldError name="validUntil" errors={errors} flagged={flagged} />
          </View>
          <Text className="section__note">
            接收企业：{employment ? employment.employer.name : '未查询到聘用关系'}
            。原证书须已在原省份「办理转出」。
          </Text>
          <FieldError name="employer" errors={errors} flagged={flagged} />
          <GuideLink topic="SOURCE_TRANSFER_OUT">还没有办理转出？查看办理方法</GuideLink>
        </View>
      )
    }

    case 'TRANSFER_OUT':
      return (
        <View className="section">
          <Text className="section__title">转入省份</Text>
          <View className="apply__field">
            <Select
              name="targetProvince"
              label="转入省份"
              options={OTHER_PROVINCES}
              value={text(fields.targetProvince)}
              placeholder="请选择要转入的省份"
              onPick={(v) => onChange({ targetProvince: v })}
            />
            <FieldError name="targetProvince" errors={errors} flagged={flagged} />
          </View>
          <FilingEnterprise type="TRANSFER_OUT" certificate={certificate} />
          <Text className="section__note">在安徽省内更换单位不需要转出，请办理「证书变更」。</Text>
        </View>
      )

    case 'CHANGE_EMPLOYER':
      return (
        <View className="section">
          <Text className="section__title">新聘用企业</Text>
          <View className="section__row">
            <Text className="section__label">接收证书的企业</Text>
            <Text className="section__value" data-testid="field-newEmployer">
              {employment ? employment.employer.name : '未查询到聘用关系'}
            </Text>
          </View>
          <FieldError name="employer" errors={errors} flagged={flagged} />
          <Text className="section__note">
            新聘用企业以「我的-聘用关系」为准，须是在安徽省登记的企业；不对时请先点「刷新聘用关系」。到外省工作请办理「跨省转出」。B类证书还需先把建造师注册变更到新企业。
          </Text>
          <GuideLink topic="FORCED_TRANSFER">原企业不配合确认或已注销？查看强制调动办法</GuideLink>
        </View>
      )

    case 'CANCELLATION': {
      const reason = text(fields.reason)
      const length = [...reason.trim()].length
      return (
        <View className="section">
          <Text className="section__title">注销原因</Text>
          <View className="apply__field">
            <Textarea
              className="apply__textarea"
              value={reason}
              placeholder="如：已退休，不再从事安全生产管理工作"
              maxlength={1000}
              autoHeight
              onInput={(e) => typed('reason', e.detail.value)}
              data-testid="field-reason"
            />
            <Text className={`apply__count${length > REASON_MAX ? ' apply__count--over' : ''}`}>
              {length}/{REASON_MAX}
            </Text>
            <FieldError name="reason" errors={errors} flagged={flagged} />
          </View>
          {note}
          <FilingEnterprise type="CANCELLATION" certificate={certificate} />
          <GuideLink topic="FORCED_CANCELLATION">企业不配合或已注销？查看线下强制注销办法</GuideLink>
        </View>
      )
    }
  }
}
