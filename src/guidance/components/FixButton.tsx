import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '../../components/ui'
import { HelpLink } from './HelpLink'
import { faqForReason } from '../refusals'
import { runFix, type ReasonView } from '../fix'

/**
 * The button that fixes one reason (a date to wait for is shown as text, there is nothing to tap),
 * with 「查看常见问题」 beside it.
 */
export function FixButton({ reason, onDone }: { reason: ReasonView; onDone?(): void }) {
  const [busy, setBusy] = useState(false)
  const help = <HelpLink faq={faqForReason(reason)} />
  if (reason.fix.kind === 'waitUntil') {
    return (
      <View className="fix-actions">
        <Text className="fix-wait" data-testid="fix-waitUntil">
          {reason.fixLabel}
        </Text>
        {help}
      </View>
    )
  }
  const fix = reason.fix
  const run = async () => {
    if (busy) return
    setBusy(true)
    try {
      await runFix(fix)
      onDone?.()
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="fix-actions">
      <Button
        size="small"
        type="primary"
        fill="outline"
        loading={busy}
        disabled={busy}
        data-testid={`fix-${fix.kind}`}
        onClick={() => void run()}
      >
        {reason.fixLabel}
      </Button>
      {help}
    </View>
  )
}
