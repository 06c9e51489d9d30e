import { View, Text } from '@tarojs/components'

/** 核对信息: everything that will be sent, in the holder's words, before the final tap. */
export function ApplySummary({ title, rows }: { title: string; rows: [string, string][] }) {
  return (
    <View className="section" data-testid="apply-summary">
      <Text className="section__title">核对信息：{title}</Text>
      {rows.map(([label, value]) => (
        <View className="section__row" key={label}>
          <Text className="section__label">{label}</Text>
          <Text className="section__value">{value}</Text>
        </View>
      ))}
      <Text className="section__note">请核对无误后点「确认提交」。提交后可在「办事」中查看进度。</Text>
    </View>
  )
}
