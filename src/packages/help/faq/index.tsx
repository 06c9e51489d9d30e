import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { usePageClassName } from '../../../data/display/store'
import { FaqView } from '../../../features/help/components/FaqView'
import { isFaqId } from '../../../guidance/faq'
import { useSharedPage } from '../../../features/share/share'
import { ROUTES } from '../../../routes'

/** 常见问题: /packages/help/faq/index?topic=employer-mismatch (no sign-in needed to read it). */
export default function HelpPage() {
  useSharedPage(ROUTES.help())
  const topic = useRouter()?.params?.topic
  const pageClassName = usePageClassName()
  return (
    <View className={pageClassName}>
      <FaqView topic={isFaqId(topic) ? topic : undefined} />
    </View>
  )
}
