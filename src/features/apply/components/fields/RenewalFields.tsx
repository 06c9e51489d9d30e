import { View, Text } from '@tarojs/components'
import { DECLARATIONS } from '../../content'
import { FieldError, type FieldsProps } from './common'

/** 延期复核: the two declarations of 本人声明. */
export function RenewalFields({ fields, errors, flagged, onChange }: FieldsProps) {
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
}
