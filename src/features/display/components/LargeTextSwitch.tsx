import { View, Text } from '@tarojs/components'
import { useDisplay } from '../../../data/display/store'
import './LargeTextSwitch.scss'

/** 我的 → 大字模式: a switch that says its state in words, not only by colour. */
export function LargeTextSwitch() {
  const on = useDisplay((s) => s.largeText)
  const toggle = () => useDisplay.getState().setLargeText(!on)
  return (
    <View className="section" data-testid="display-section">
      <View
        className={`text-switch${on ? ' text-switch--on' : ''}`}
        role="switch"
        aria-checked={on}
        aria-label="大字模式"
        data-testid="large-text-switch"
        data-checked={String(on)}
        onClick={toggle}
      >
        <View className="text-switch__body">
          <Text className="text-switch__label">大字模式</Text>
          <Text className="text-switch__note">放大所有页面的文字和按钮</Text>
        </View>
        <Text className="text-switch__state">{on ? '已开启' : '已关闭'}</Text>
        <View className="text-switch__track">
          <View className="text-switch__knob" />
        </View>
      </View>
    </View>
  )
}
