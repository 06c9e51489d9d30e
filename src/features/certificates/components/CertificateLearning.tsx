import { View, Text } from '@tarojs/components'
import { StatusChip, type ChipTone } from '../../../components/StatusChip'
import {
  ASSESSMENT_KIND_LABELS,
  RESULT_STATUS_LABELS,
  RESULT_VALIDITY_YEARS,
  resultsFor,
  resultStatus,
  type AssessmentResult,
  type ResultStatus,
  type StudyPeriod,
} from '../../../domain/learning'
import type { Certificate } from '../../../data/certificates/api'
import './CertificateLearning.scss'

const TONES: Record<ResultStatus, ChipTone> = { VALID: 'ok', EXPIRED: 'bad', FAILED: 'bad' }

interface Props {
  certificate: Certificate
  /** Unknown (not verified, or not loaded): the section says so instead of showing nothing */
  results?: AssessmentResult[]
  periods: StudyPeriod[]
  today: string
}

/**
 * 学习与成绩: continuing-education hours of each period of this certificate, and the exam and
 * continuing-education results of its category with how long each counts (seed 003, FAQ 7).
 */
export function CertificateLearning({ certificate: c, results, periods, today }: Props) {
  const mine = periods
    .filter((p) => p.certificateId === c.id)
    .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))
  const scored = resultsFor(results ?? [], c.category)
  return (
    <View className="section" data-testid="certificate-learning">
      <Text className="section__title">学习与成绩</Text>
      <Text className="section__note">继续教育学时（每个有效期）</Text>
      {mine.length === 0 && <Text className="section__note">暂无学时记录。</Text>}
      {mine.map((p) => {
        const current = p.from <= today && today <= p.to
        const percent =
          p.hoursRequired > 0 ? Math.min(100, Math.round((p.hoursDone / p.hoursRequired) * 100)) : 100
        return (
          <View key={p.from} className="learning-period" data-testid="learning-period">
            <View className="learning-period__head">
              <Text className="learning-period__dates">
                {p.from} 至 {p.to}
                {current ? '（本期）' : ''}
              </Text>
              <Text className="learning-period__hours">
                {p.hoursDone} / {p.hoursRequired} 学时
              </Text>
            </View>
            <View className="learning-bar" aria-hidden>
              <View className="learning-bar__fill" style={{ width: `${percent}%` }} />
            </View>
          </View>
        )
      })}
      <Text className="section__note">
        考核与继续教育成绩（首次考核成绩保留{RESULT_VALIDITY_YEARS.FIRST_EXAM}年，继续教育成绩保留
        {RESULT_VALIDITY_YEARS.CONTINUING_EDUCATION}年，超期作废）
      </Text>
      {results === undefined && <Text className="section__note">完成实名认证后可查看成绩。</Text>}
      {results !== undefined && scored.length === 0 && (
        <Text className="section__note">未查询到本类别的成绩。延期复核需要有效期内的合格成绩。</Text>
      )}
      {scored.map((r) => {
        const status = resultStatus(r, today)
        return (
          <View
            key={`${r.kind}-${r.takenOn}`}
            className="learning-result"
            data-testid="learning-result"
            data-status={status}
          >
            <View className="section__row">
              <Text className="learning-result__kind">{ASSESSMENT_KIND_LABELS[r.kind]}</Text>
              <StatusChip tone={TONES[status]} text={RESULT_STATUS_LABELS[status]} />
            </View>
            <Text className="section__note">
              {r.takenOn} 考核{r.passed ? '合格' : '不合格'}
              {r.score !== undefined ? `（${r.score}分）` : ''}
            </Text>
            {r.passed && <Text className="section__note learning-result__until">有效至 {r.validUntil}</Text>}
            <Text className="section__note">{r.organization}</Text>
          </View>
        )
      })}
    </View>
  )
}
