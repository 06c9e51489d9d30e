import { View, Text } from '@tarojs/components'
import { HelpLink } from '../../../guidance/components/HelpLink'
import { faqForReason } from '../../../guidance/refusals'
import type { Banner } from '../flow/types'

/** The form's one message after 下一步 or a submit, with the 常见问题 entry of a refusal's code. */
export function ApplyBanner({ banner }: { banner: Banner | null }) {
  if (!banner) return null
  return (
    <View className={`notice notice--${banner.tone}`} data-testid="apply-banner">
      <Text>{banner.text}</Text>
      {banner.code && <HelpLink faq={faqForReason({ code: banner.code })} />}
    </View>
  )
}
