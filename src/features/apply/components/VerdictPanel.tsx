import { View, Text } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import { HelpLink } from '../../../guidance/components/HelpLink'
import { faqForReason, guidanceFor } from '../../../guidance/refusals'
import { FixButton } from '../../../guidance/components/FixButton'
import type { VerdictView } from '../flow/types'

interface Props {
  verdict: VerdictView
  /** The backend's answer differs from the phone's own check: say which one counts. */
  fromServer?: boolean
  /** Shown when every rule passes but the form is not complete yet (no certificate chosen). */
  pendingText?: string
  /** Shown when nothing can be chosen (no certificate can take this business): why, not "choose". */
  blockedText?: string
  onFixed?(): void
}

/** 办理条件: the rules' verdict before submitting, each blocking reason with its fix. */
export function VerdictPanel({ verdict, fromServer, pendingText, blockedText, onFixed }: Props) {
  const ready = verdict.allowed && !pendingText
  const allowed = verdict.allowed && !blockedText
  return (
    <View className="section verdict" data-testid="apply-verdict" data-allowed={String(allowed)}>
      <View className="section__row">
        <Text className="section__title">办理条件</Text>
        {allowed ? (
          <StatusChip tone={ready ? 'ok' : 'info'} text={ready ? '可以办理' : '待选择'} />
        ) : (
          <StatusChip tone="bad" text="暂不能办理" />
        )}
      </View>
      {fromServer && <Text className="section__note">以下为省平台的核对结果，以此为准。</Text>}
      {blockedText && (
        <Text className="section__note" data-testid="verdict-blocked">
          {blockedText}
        </Text>
      )}
      {allowed && pendingText && <Text className="section__note">{pendingText}</Text>}
      {allowed && !pendingText && (
        <Text className="section__note">已满足办理条件，填写完成后点「下一步」核对信息。</Text>
      )}
      {verdict.reasons.map((r) => (
        <View
          key={`${r.rule}-${r.code}`}
          className="verdict__reason"
          data-testid="verdict-reason"
          data-rule={r.rule}
          data-code={r.code}
        >
          <Text className="verdict__message">{r.message}</Text>
          <Text className="verdict__why" data-testid="verdict-why">
            {guidanceFor(r.code).explanation}
          </Text>
          <View className="verdict__fix">
            <FixButton reason={r} onDone={onFixed} />
          </View>
        </View>
      ))}
      {verdict.warnings.map((w) => (
        <View key={`${w.rule}-${w.code}`} className="notice notice--warn" data-testid="verdict-warning">
          <Text>{w.message}</Text>
          <HelpLink faq={faqForReason(w)} />
        </View>
      ))}
    </View>
  )
}
