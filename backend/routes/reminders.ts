/**
 * 到期提醒: which WeChat subscription messages the holder accepted, and what the backend would send
 * (expiry reminders 90/30/7 days before each active certificate expires, and a message on each
 * application status change). The reference backend sends nothing: it lists the schedule and
 * records the status-change messages, which the operator interface shows.
 */
import {
  currentStep,
  EXPIRY_REMINDER_DAYS,
  expiryReminderSchedule,
  REMINDER_KINDS,
  type ReminderKind,
} from '../../src/domain'
import { verified, type HandlerMap, type Services } from '../context'
import { randomId, type ApplicationRecord, type UserRecord } from '../store'
import { certificateView, visibleCertificates } from '../views'

export const STATUS_REMINDER_WHEN = '每次申请状态变化时'

/** Status-change messages kept; the oldest are forgotten first. */
const MAX_STATUS_MESSAGES = 500

export function subscriptionOf(services: Services, userId: string) {
  return services.store.state.reminderSubscriptions.find((s) => s.userId === userId)
}

export function expiryScheduleOf(services: Services, user: UserRecord) {
  const { store, clock, config } = services
  const certificates = visibleCertificates(user, store).map((c) => certificateView(c, store))
  return expiryReminderSchedule(certificates, clock.today(), EXPIRY_REMINDER_DAYS, config.renewalWindowMonths)
}

function remindersView(services: Services, user: UserRecord) {
  const sub = subscriptionOf(services, user.id)
  return {
    subscription: {
      kinds: sub ? [...sub.kinds] : [],
      subscribedAt: sub?.subscribedAt ?? null,
      updatedAt: sub?.updatedAt ?? null,
    },
    expiry: expiryScheduleOf(services, user),
    applicationStatus: { when: STATUS_REMINDER_WHEN },
  }
}

/** Records the message a status change (or a move to the next step) would send to the holder. */
export function recordStatusMessage(services: Services, app: ApplicationRecord): void {
  const { store, clock } = services
  const holder = store.state.users.find((u) => u.realName?.idNumber === app.idNumber)
  const sub = holder ? subscriptionOf(services, holder.id) : undefined
  const step = currentStep(app)?.label
  store.state.statusMessages.push({
    id: randomId('msg-', 6),
    idNumber: app.idNumber,
    applicationId: app.id,
    type: app.type,
    status: app.status,
    ...(step ? { step } : {}),
    subscribed: Boolean(sub?.kinds.includes('APPLICATION_STATUS')),
    at: clock.nowIso(),
  })
  const excess = store.state.statusMessages.length - MAX_STATUS_MESSAGES
  if (excess > 0) store.state.statusMessages.splice(0, excess)
}

export const reminderHandlers: HandlerMap = {
  getReminders(ctx) {
    return { data: remindersView(ctx.services, verified(ctx)) }
  },

  subscribeReminders(ctx) {
    const user = verified(ctx)
    const { store, clock } = ctx.services
    const { kinds } = ctx.body as { kinds: ReminderKind[] }
    // Stored in a fixed order, so the same choice is the same record whatever order it came in.
    const chosen = REMINDER_KINDS.filter((k) => kinds.includes(k))
    const now = clock.nowIso()
    const sub = subscriptionOf(ctx.services, user.id)
    if (!sub) {
      store.state.reminderSubscriptions.push({
        userId: user.id,
        kinds: chosen,
        subscribedAt: now,
        updatedAt: now,
      })
    } else if (sub.kinds.join() !== chosen.join()) {
      sub.kinds = chosen
      sub.updatedAt = now
    }
    return { data: remindersView(ctx.services, user) }
  },
}
