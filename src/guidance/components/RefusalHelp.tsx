import type { FixAction } from '../../domain/eligibility'
import { faqForReason, guidanceFor } from '../refusals'
import { GuidanceHelp } from './HelpLink'

interface RefusalHelpProps {
  /** An error code or an eligibility reason code. */
  code: string
  fix?: FixAction
  /** Also show the next step: 'offline' only the steps taken outside the app, 'all' also a button. */
  next?: 'offline' | 'all'
}

/** A refusal met while filing: its explanation and next step from the whole refusal table. */
export function RefusalHelp({ code, fix, next }: RefusalHelpProps) {
  return (
    <GuidanceHelp code={code} guidance={guidanceFor(code)} faq={faqForReason({ code, fix })} next={next} />
  )
}
