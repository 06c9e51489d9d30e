import { create } from 'zustand'
import { toApiError } from '../../services/errors'
import { requestReminderSubscription } from '../../services/platform/subscribe'
import { SubscribeError } from '../../services/platform/subscribePort'
import { emptyBeforeRealName } from '../beforeRealName'
import { initialResource, resourceSlot, type ResourceState } from '../../services/resource'
import { useProfile } from '../profile/store'
import { fetchReminders, saveReminders, type Reminders } from './api'

const read = emptyBeforeRealName(fetchReminders, null)

interface RemindersState {
  reminders: ResourceState<Reminders | null>
  saving: boolean
  /** Why the last subscribe did not go through, in plain words; null when it did */
  saveError: string | null
  /** The holder declined every reminder in the last prompt */
  declined: boolean
  /** The subscription was recorded without asking WeChat (H5 preview) */
  preview: boolean
  load(): Promise<void>
  subscribe(): Promise<void>
  reset(): void
}

const initial = () => ({
  reminders: initialResource<Reminders | null>(null),
  saving: false,
  saveError: null,
  declined: false,
  preview: false,
})

export const useReminders = create<RemindersState>()((set) => {
  const slot = resourceSlot<Reminders | null>((p) => set((s) => ({ reminders: { ...s.reminders, ...p } })))
  return {
    ...initial(),
    async load() {
      await slot.read(read)
    },
    reset() {
      slot.reset()
      set(initial())
    },
    async subscribe() {
      set({ saving: true, saveError: null, declined: false })
      try {
        const config = useProfile.getState().config.data ?? (await useProfile.getState().loadConfig())
        if (!config) throw new SubscribeError('未能读取提醒设置，请检查网络后重试')
        const { accepted, preview } = await requestReminderSubscription(config.subscribeTemplates)
        const saved = await saveReminders(accepted)
        slot.put(saved)
        set({ saving: false, declined: accepted.length === 0, preview })
      } catch (err) {
        set({
          saving: false,
          saveError: err instanceof SubscribeError ? err.message : toApiError(err).message,
        })
      }
    },
  }
})
