import Taro from '@tarojs/taro'
import type { ReminderKind } from '../../domain/reminders'
import { SubscribeError, type SubscribeOutcome, type SubscribeTemplates } from './subscribePort'

/** WeChat: asks the holder to accept the reminder templates (must run in a tap handler). */
export async function requestReminderSubscription(templates: SubscribeTemplates): Promise<SubscribeOutcome> {
  const byTemplate: Array<[string, ReminderKind]> = [
    [templates.expiry, 'EXPIRY'],
    [templates.applicationStatus, 'APPLICATION_STATUS'],
  ]
  let answer: Record<string, string>
  try {
    answer = (await Taro.requestSubscribeMessage({
      tmplIds: byTemplate.map(([id]) => id),
      entityIds: [],
    })) as unknown as Record<string, string>
  } catch (err) {
    const code = (err as { errCode?: number }).errCode
    // 20004: the holder turned off subscription messages for this mini-program in its settings.
    throw new SubscribeError(
      code === 20004
        ? '您已关闭本小程序的订阅消息，请在右上角「…」→「设置」中打开「订阅消息」后重试'
        : '未能打开订阅提醒，请稍后重试',
    )
  }
  return {
    accepted: byTemplate.filter(([id]) => answer[id] === 'accept').map(([, kind]) => kind),
    preview: false,
  }
}
