import { View, Text, Input, Picker } from '@tarojs/components'
import { parseCertificateNumber } from '../../../../domain/certificateNumber'
import { latestValidUntil } from '../../../../domain/applicationFields'
import type { Employment } from '../../../../data/employment/api'
import { CATEGORY_OPTIONS } from '../../content'
import { FieldError, GuideLink, OTHER_PROVINCES, Select, text, type FieldsProps } from './common'

interface Props extends FieldsProps {
  employment: Employment | null
  today: string
  /** Typing into a box: masks an ID number and shows the privacy note. */
  typed(name: string, value: string): void
  /** The privacy note, shown under the number once an ID number was typed. */
  note: JSX.Element | false
}

/** 跨省转入: the source certificate's number, province, category and 有效期至; the receiving enterprise. */
export function TransferInFields({
  fields,
  errors,
  flagged,
  onChange,
  employment,
  today,
  typed,
  note,
}: Props) {
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
            fillFromNumber(typeof e.detail?.value === 'string' ? e.detail.value : text(fields.sourceNumber))
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
