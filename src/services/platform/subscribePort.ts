import type { ReminderKind } from '../../domain/reminders'

/** The WeChat subscription-message template for each kind of reminder (from GET /v1/config). */
export interface SubscribeTemplates {
  expiry: string
  applicationStatus: string
}

export interface SubscribeOutcome {
  /** The kinds the holder accepted */
  accepted: ReminderKind[]
  /** true where there is no WeChat (H5): nothing was asked, the choice is recorded as a preview */
  preview: boolean
}

/** A refusal the holder can act on; the message is fit to show. */
export class SubscribeError extends Error {}
