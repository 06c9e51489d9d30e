import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { runFix, type ReasonView } from '../fix'

/** The button that fixes one reason; a date to wait for is shown as text, there is nothing to tap. */
export function FixButton({ reason, onDone }: { reason: ReasonView; onDone?(): void }) {
  const [busy, setBusy] = useState(false)
  if (reason.fix.kind === 'waitUntil') {
    return (
      <Text className="fix-wait" data-testid="fix-waitUntil">
        {reason.fixLabel}
      </Text>
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
  )
}
