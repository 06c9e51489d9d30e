import { View, Text } from '@tarojs/components'
import { fieldsToCorrect, latestSendBack } from '../../../domain/sendBack'
import type { Application } from '../../../data/apply/api'

/** 修改后重新提交: the reviewer's reason and the fields it concerns, above the form filled as sent. */
export function SentBackNote({ application }: { application: Application }) {
  const back = latestSendBack(application)
  const fields = fieldsToCorrect(application)
  return (
    <View className="notice notice--warn" data-testid="resubmit-reason">
      <View>
        <Text>
          退回原因（{back?.label ?? '审核'}）：{back?.reason ?? '未注明原因'}
        </Text>
      </View>
      {fields.length > 0 && (
        <View>
          <Text>需修改：{fields.map((f) => f.label).join('、')}</Text>
        </View>
      )}
      <View>
        <Text>
          下面已填好您上次提交的内容，改正后点「下一步」核对，再「确认重新提交」。同一申请会回到退回它的环节继续办理。
        </Text>
      </View>
    </View>
  )
}
