import { View, Text } from '@tarojs/components'
import { StatusChip } from '../../../components/StatusChip'
import {
  ACTOR_LABELS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TYPE_LABELS,
  fieldsToCorrect,
  FIELD_LABELS,
  nextAction,
} from '../../../domain'
import type { ApplicationEvent } from '../../../domain/types'
import type { Application } from '../../../data/applications/api'
import { APPLICATION_STATUS_TONES } from '../../../components/applicationStatus'
import { formatInstant } from '../../../domain/dates'
import { InfoChangeNote, NextActions, StudySection } from './ApplicationActions'
import './ApplicationDetail.scss'

const STEP_STATE_TEXT = { DONE: '已完成', CURRENT: '办理中', PENDING: '未开始', SENT_BACK: '已退回' } as const

const EVENT_TEXT: Record<ApplicationEvent['kind'], string> = {
  SUBMITTED: '提交',
  ADVANCED: '办理完成',
  SENT_BACK: '退回',
  RESUBMITTED: '修改后重新提交',
  FORCED_TRANSFER: '申请强制调动',
  REFUSED: '不予通过',
  WITHDRAWN: '撤回',
}

/** 办理记录: every submission, step, 退回 and 重新提交, newest first. */
function History({ events }: { events: ApplicationEvent[] }) {
  if (events.length < 2) return null
  return (
    <View className="section" data-testid="application-history">
      <Text className="section__title">办理记录</Text>
      {[...events].reverse().map((e, i) => (
        <View key={`${e.at}-${i}`} className="history__item" data-testid="history-item" data-kind={e.kind}>
          <Text className="history__when">{formatInstant(e.at)}</Text>
          <Text className="history__what">
            {ACTOR_LABELS[e.actor]} {EVENT_TEXT[e.kind]}「{e.step}」
          </Text>
          {e.reason && <Text className="timeline__reason">原因：{e.reason}</Text>}
          {e.fields?.length ? (
            <Text className="timeline__reason">
              需修改：{e.fields.map((f) => FIELD_LABELS[f] ?? f).join('、')}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}

/** 办事详情: what the holder must do next with its buttons, the step timeline, the history. */
export function ApplicationDetail({
  application,
  onChanged,
}: {
  application: Application
  onChanged(): void
}) {
  const a = application
  const next = nextAction(a)
  const toCorrect = fieldsToCorrect(a)
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
        {a.filingEmployer && (
          <View className="section__row">
            <Text className="section__label">办理企业</Text>
            <Text className="section__value" data-testid="filing-employer">
              {a.filingEmployer.name}（证书上的企业）
            </Text>
          </View>
        )}
        <Text className="notice notice--info" data-testid="next-action">
          {next.text}
        </Text>
        {toCorrect.length > 0 && (
          <Text className="notice notice--warn" data-testid="fields-to-correct">
            需修改：{toCorrect.map((f) => f.label).join('、')}
          </Text>
        )}
      </View>
      <InfoChangeNote application={a} />
      <StudySection application={a} />
      <NextActions application={a} actions={next.actions} onChanged={onChanged} />
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
              {step.reason && (
                <Text className="timeline__reason">
                  {step.state === 'SENT_BACK' ? '退回原因' : '原因'}：{step.reason}
                </Text>
              )}
            </View>
          </View>
        ))}
      </View>
      <History events={a.history ?? []} />
    </View>
  )
}
