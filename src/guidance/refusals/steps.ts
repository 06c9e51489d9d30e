/** The two kinds of next step a refusal offers, and the ones several refusals share. */
import { DESTINATIONS, type Destination, type DestinationId } from '../destinations'
import type { FaqId } from '../faq'

/** A place of the destinations table, or a step only the holder (or someone offline) can take. */
export type NextStep = ({ kind: 'go' } & Destination) | { kind: 'offline'; text: string }

export interface Guidance {
  /** Why this happens, in one plain sentence (the refusal's own message says what happened). */
  explanation: string
  next: NextStep
  faq: FaqId
}

export const to = (id: DestinationId): NextStep => ({ kind: 'go', ...DESTINATIONS[id] })
export const offline = (text: string): NextStep => ({ kind: 'offline', text })

export const TRY_LATER = offline('稍等几分钟再试；已填写的内容会保存在手机上')
export const BETTER_SIGNAL = offline('换到信号好的地方或连接 Wi-Fi 后，点「重试」')
