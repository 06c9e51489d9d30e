import { View, Text, Textarea } from '@tarojs/components'
import type { Certificate } from '../../../../data/certificates/api'
import { FieldError, FilingEnterprise, GuideLink, text, type FieldsProps } from './common'

const REASON_MAX = 500

interface Props extends FieldsProps {
  certificate?: Certificate
  /** Typing into a box: masks an ID number and shows the privacy note. */
  typed(name: string, value: string): void
  /** The privacy note, shown under the reason once an ID number was typed. */
  note: JSX.Element | false
}

/** 证书注销: the reason, counted against its limit; the certificate's enterprise files it. */
export function CancellationFields({ fields, errors, flagged, certificate, typed, note }: Props) {
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
