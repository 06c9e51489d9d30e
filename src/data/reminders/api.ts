import { request } from '../../services/http'
import type { Schemas } from '../../services/api'

export type Reminders = Schemas['Reminders']
export type ReminderKind = Schemas['ReminderKind']

export const fetchReminders = () => request<Reminders>('/v1/me/reminders')

/** Records the kinds the holder accepted; the same choice twice changes nothing. */
export const saveReminders = (kinds: ReminderKind[]) =>
  request<Reminders>('/v1/me/reminders', { method: 'POST', body: { kinds } })
