/**
 * 学习与成绩 as the register holds them: results (with the validity the domain assigns, R14) and
 * continuing-education hours per certificate period. A finished renewal closes its period with the
 * hours the province accepted and records the continuing-education result it rested on.
 */
import { addDays, resultValidUntil } from '../src/domain'
import type { AssessmentResult, Learning, StudyPeriod } from './model'
import type { ApplicationRecord, CertificateRecord, ResultRecord, Store, UserRecord } from './store'
import { visibleCertificates } from './views'

/** The continuing-education body a completed renewal's result is credited to (示例). */
const RENEWAL_TRAINING_BODY = '安徽省建设行业继续教育培训中心（示例）'

const newestFirst = <T extends { takenOn?: string; from?: string }>(a: T, b: T) => {
  const x = a.takenOn ?? a.from ?? ''
  const y = b.takenOn ?? b.from ?? ''
  return x < y ? 1 : x > y ? -1 : 0
}

export function resultView(record: ResultRecord): AssessmentResult {
  const { idNumber: _owner, ...rest } = record
  return { ...rest, validUntil: resultValidUntil(record.kind, record.takenOn) }
}

/** The person's results, newest first, with their validity. */
export function resultsOf(store: Store, idNumber: string): AssessmentResult[] {
  return store.state.results
    .filter((r) => r.idNumber === idNumber)
    .sort(newestFirst)
    .map(resultView)
}

export function learningView(user: UserRecord, store: Store): Learning {
  if (!user.realName) return { results: [], periods: [] }
  const ids = new Set(visibleCertificates(user, store).map((c) => c.id))
  const periods: StudyPeriod[] = store.state.studyPeriods
    .filter((p) => ids.has(p.certificateId))
    .sort(newestFirst)
    .map((p) => ({ ...p }))
  return { results: resultsOf(store, user.realName.idNumber), periods }
}

/**
 * 办结 of a renewal (validity extended to `newValidUntil`): the period it closes keeps the hours the
 * province accepted, a new period starts the day after, and the passed continuing-education
 * assessment is on the register from today.
 */
export function recordRenewal(
  store: Store,
  app: ApplicationRecord,
  certificate: CertificateRecord,
  oldValidUntil: string,
  today: string,
): void {
  const closing = store.state.studyPeriods.find(
    (p) => p.certificateId === certificate.id && p.to === oldValidUntil,
  )
  const hours = app.study?.hoursDone ?? 0
  if (closing) closing.hoursDone = Math.max(closing.hoursDone, hours)
  store.state.studyPeriods.push({
    certificateId: certificate.id,
    from: addDays(oldValidUntil, 1),
    to: certificate.validUntil,
    hoursRequired: closing?.hoursRequired ?? app.study?.hoursRequired ?? 24,
    hoursDone: 0,
  })
  store.state.results.push({
    idNumber: app.idNumber,
    kind: 'CONTINUING_EDUCATION',
    category: certificate.category,
    takenOn: today,
    passed: true,
    organization: RENEWAL_TRAINING_BODY,
  })
}

/** A certificate created by a transfer in starts its Anhui period with no hours yet. */
export function recordNewPeriod(store: Store, certificate: CertificateRecord, hoursRequired = 24): void {
  store.state.studyPeriods.push({
    certificateId: certificate.id,
    from: certificate.issuedOn,
    to: certificate.validUntil,
    hoursRequired,
    hoursDone: 0,
  })
}
