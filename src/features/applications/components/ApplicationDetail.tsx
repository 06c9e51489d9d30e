import { View, Text } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import {
  ACTOR_LABELS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TYPE_LABELS,
  nextActionText,
} from '../../../domain'
import type { Application } from '../api'
import { APPLICATION_STATUS_TONES, formatInstant } from '../status'
import { InfoChangeNote, StudySection, WithdrawAction } from './ApplicationActions'
import './ApplicationDetail.scss'

const STEP_STATE_TEXT = { DONE: '已完成', CURRENT: '办理中', PENDING: '未开始', SENT_BACK: '已退回' } as const

/** 办事详情: what the holder must do next, then the step timeline with who acts. */
export function ApplicationDetail({
  application,
  onChanged,
}: {
  application: Application
  onChanged(): void
}) {
  const a = application
  return (
    <View>
      <View className="section">
        <View className="application-detail__head">
          <Text className="section__title">{APPLICATION_TYPE_LABELS[a.type]}</Text>
          <StatusChip tone={APPLICATION_STATUS_TONES[a.status]} text={APPLICATION_STATUS_LABELS[a.status]} />
        </View>
        <View className="section__row">
          <Text className="section__label">证书编号</Text>
          <Text className="section__value">{a.certificateNumber}</Text>
        </View>
        <View className="section__row">
          <Text className="section__label">申请时间</Text>
          <Text className="section__value">{formatInstant(a.createdAt)}</Text>
        </View>
        <Text className="notice notice--info" data-testid="next-action">
          {nextActionText(a)}
        </Text>
      </View>
      <InfoChangeNote application={a} />
      <StudySection application={a} />
      <View className="section">
        <Text className="section__title">办理进度</Text>
        {a.steps.map((step, i) => (
          <View key={step.key} className={`timeline__item timeline__item--${step.state.toLowerCase()}`}>
            <Text className="timeline__dot">{i + 1}</Text>
            <View className="timeline__body">
              <Text className="timeline__label">{step.label}</Text>
              <Text className="timeline__meta">
                {ACTOR_LABELS[step.actor]} · {STEP_STATE_TEXT[step.state]}
                {step.at ? ` · ${formatInstant(step.at)}` : ''}
              </Text>
              {step.reason && <Text className="timeline__reason">退回原因：{step.reason}</Text>}
            </View>
          </View>
        ))}
      </View>
      <WithdrawAction application={a} onChanged={onChanged} />
    </View>
  )
}
