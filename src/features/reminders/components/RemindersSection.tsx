import { View, Text } from '@tarojs/components'
import { useShallow } from 'zustand/react/shallow'
import { Button } from '../../../components/ui'
import { LoadState } from '../../../guidance/components/LoadState'
import { EXPIRY_REMINDER_DAYS } from '../../../domain/reminders'
import { useReminders } from '../../../data/reminders/store'

const MAX_LISTED = 6

/** 我的 → 到期提醒: whether reminders are on, 「订阅到期提醒」, and the reminder dates ahead. */
export function RemindersSection() {
  const { reminders, saving, saveError, declined, preview, load, subscribe } = useReminders(
    useShallow((s) => ({
      reminders: s.reminders,
      saving: s.saving,
      saveError: s.saveError,
      declined: s.declined,
      preview: s.preview,
      load: s.load,
      subscribe: s.subscribe,
    })),
  )
  const data = reminders.data
  const kinds = data?.subscription.kinds ?? []
  const expiryOn = kinds.includes('EXPIRY')
  const statusOn = kinds.includes('APPLICATION_STATUS')
  const upcoming = data?.expiry ?? []
  return (
    <View className="section" id="reminders" data-testid="reminders-section">
      <Text className="section__title">到期提醒</Text>
      <LoadState
        status={reminders.status}
        error={reminders.error}
        isEmpty={!data}
        onRetry={() => void load()}
        loadingText="正在读取提醒设置…"
      >
        {data && (
          <>
            <View className="section__row">
              <Text className="section__label">证书到期提醒</Text>
              <Text className="section__value" data-testid="reminders-expiry-status">
                {expiryOn ? '已订阅' : '未订阅'}
              </Text>
            </View>
            <View className="section__row">
              <Text className="section__label">办理进度提醒</Text>
              <Text className="section__value">{statusOn ? '已订阅' : '未订阅'}</Text>
            </View>
            <Text className="section__note">
              订阅后，证书进入延期复核办理期（到期前3个月）当天、到期前 30 天、到期前 7
              天各提醒一次；办理进度提醒：
              {data.applicationStatus.when}通知您。
            </Text>
            {upcoming.length > 0 ? (
              <View data-testid="reminders-upcoming">
                <Text className="section__note">
                  {expiryOn ? '接下来的提醒：' : '订阅后将在以下日期提醒：'}
                </Text>
                {upcoming.slice(0, MAX_LISTED).map((r) => (
                  <View className="section__row" key={`${r.certificateId}-${r.daysBefore}`}>
                    <Text className="section__label">{r.sendOn}</Text>
                    <Text className="section__value">
                      {r.certificateNumber}
                      {EXPIRY_REMINDER_DAYS.includes(r.daysBefore)
                        ? ` 到期前 ${r.daysBefore} 天`
                        : ` 可以申请延期复核（到期前 ${r.daysBefore} 天）`}
                    </Text>
                  </View>
                ))}
              </View>
            ) : (
              <Text className="section__note">目前没有需要提醒的证书。</Text>
            )}
          </>
        )}
      </LoadState>
      {preview && (
        <Text className="notice" data-testid="reminders-preview">
          预览版：当前不在微信中，已直接记录订阅，不会收到微信消息。
        </Text>
      )}
      {declined && (
        <Text className="notice notice--warn">
          您没有同意接收提醒。如需提醒，请再点「订阅到期提醒」，在弹窗中选择「允许」。
        </Text>
      )}
      {saveError && (
        <Text className="notice notice--warn" data-testid="reminders-error">
          {saveError}
        </Text>
      )}
      <Button
        type={expiryOn && statusOn ? 'default' : 'primary'}
        block
        loading={saving}
        disabled={saving}
        data-testid="reminders-subscribe"
        onClick={() => void subscribe()}
      >
        {saveError ? '重试订阅' : expiryOn && statusOn ? '重新订阅提醒' : '订阅到期提醒'}
      </Button>
    </View>
  )
}
