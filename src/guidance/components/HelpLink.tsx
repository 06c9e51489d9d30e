import { View, Text } from '@tarojs/components'
import { Button } from '../../components/ui'
import { ROUTES } from '../../routes'
import { go } from '../../services/navigation'
import type { FaqId } from '../faq'
import type { Guidance } from '../refusals/steps'
import './HelpLink.scss'

/**
 * 「查看常见问题」: opens the FAQ at the entry that explains a refusal; beside it 「咨询电话」, the
 * place to ask a person (the FAQ's 咨询电话 entry, with the numbers and offices per city).
 */
export function HelpLink({ faq, label = '查看常见问题' }: { faq: FaqId; label?: string }) {
  const open = (topic: FaqId) => (e: { stopPropagation(): void }) => {
    // Refusals sit inside tappable cards (the certificate picker): the link is its own tap.
    e.stopPropagation()
    void go(ROUTES.help(topic))
  }
  return (
    <>
      <Text className="help-link" data-testid="help-link" data-faq={faq} onClick={open(faq)}>
        {label}
      </Text>
      {faq !== 'contacts' && (
        <Text className="help-link" data-testid="contact-link" onClick={open('contacts')}>
          咨询电话
        </Text>
      )}
    </>
  )
}

interface GuidanceHelpProps {
  code: string
  guidance: Guidance
  faq: FaqId
  /** Also show the next step: 'offline' only the steps taken outside the app, 'all' also a button. */
  next?: 'offline' | 'all'
}

/** Why a refusal happens, what to do next where the view has no button for it, and the FAQ link. */
export function GuidanceHelp({ code, guidance, faq, next }: GuidanceHelpProps) {
  const step = guidance.next
  return (
    <View className="refusal-help" data-testid="refusal-help" data-code={code}>
      <Text className="refusal-help__why">{guidance.explanation}</Text>
      {next && step.kind === 'offline' && <Text className="refusal-help__next">怎么办：{step.text}</Text>}
      <View className="refusal-help__actions">
        {next === 'all' && step.kind === 'go' && (
          <Button size="small" data-testid="refusal-next" onClick={() => void go(step.url)}>
            {step.label}
          </Button>
        )}
        <HelpLink faq={faq} />
      </View>
    </View>
  )
}
