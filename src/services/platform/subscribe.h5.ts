import type { SubscribeOutcome, SubscribeTemplates } from './subscribePort'

/** H5 preview: there is no WeChat to ask, so both reminders count as accepted (labelled as a preview). */
export async function requestReminderSubscription(_templates: SubscribeTemplates): Promise<SubscribeOutcome> {
  return { accepted: ['EXPIRY', 'APPLICATION_STATUS'], preview: true }
}
