import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import type { GuideTopic } from '../../../domain/eligibility'
import { go } from '../../../services/navigation'
import { HelpLink } from '../../../guidance/components/HelpLink'
import { GUIDANCE } from '../../../guidance/refusals'
import { GUIDES } from '../../../guidance/guides'
import './GuideView.scss'

async function copy(url: string) {
  try {
    await Taro.setClipboardData({ data: url })
    await Taro.showToast({ title: '已复制，可发给企业经办人', icon: 'none' })
  } catch {
    await Taro.showToast({ title: '复制失败，请长按地址手动复制', icon: 'none' })
  }
}

/** 办理说明: one offline or enterprise-side path, step by step, with what to prepare. */
export function GuideView({ topic }: { topic: GuideTopic }) {
  const guide = GUIDES[topic]
  return (
    <View className="guide" data-testid={`guide-${topic}`}>
      <View className="section">
        <Text className="section__title">{guide.title}</Text>
        <Text className="guide__summary">{guide.summary}</Text>
      </View>
      {guide.sections.map((section) => (
        <View className="section" key={section.title}>
          <Text className="section__title">{section.title}</Text>
          {section.items.map((item, i) => (
            <View className="guide__item" key={item}>
              <Text className="guide__marker">{section.ordered ? `${i + 1}.` : '•'}</Text>
              <Text className="guide__text">{item}</Text>
            </View>
          ))}
        </View>
      ))}
      {guide.addresses?.map((a) => (
        <View className="section" key={a.url}>
          <Text className="section__note">{a.label}</Text>
          <Text className="guide__address" userSelect>
            {a.url}
          </Text>
          <Button size="small" onClick={() => void copy(a.url)}>
            复制链接
          </Button>
        </View>
      ))}
      {guide.actions && (
        <View className="section guide__actions">
          {guide.actions.map((a) => (
            <Button key={a.id} type="primary" block onClick={() => void go(a.url)}>
              {a.label}
            </Button>
          ))}
        </View>
      )}
      <View className="section">
        <HelpLink faq={GUIDANCE[topic].faq} label="查看相关常见问题" />
      </View>
    </View>
  )
}
