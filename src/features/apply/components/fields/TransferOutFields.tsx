import { View, Text } from '@tarojs/components'
import type { Certificate } from '../../../../data/certificates/api'
import { FieldError, FilingEnterprise, OTHER_PROVINCES, Select, text, type FieldsProps } from './common'

/** 跨省转出: the province the certificate goes to; the certificate's enterprise files it. */
export function TransferOutFields({
  fields,
  errors,
  flagged,
  onChange,
  certificate,
}: FieldsProps & { certificate?: Certificate }) {
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
}
