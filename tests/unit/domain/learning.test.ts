import {
  checkEligibility,
  currentPeriod,
  renewalResultProblem,
  resultStatus,
  resultValidUntil,
  type AssessmentResult,
  type Certificate,
  type ClientConfig,
  type EligibilityInput,
  type HolderProfile,
} from '../../../src/domain'
import { maskName } from '../../../src/domain/person'

const EMPLOYER = { name: '安徽建工集团有限公司', uscc: '913400001000000001' }

const config = {
  renewalWindowMonths: 3,
  transferInWarnDays: 90,
  photo: {},
  studyLinkHosts: [],
  subscribeTemplates: { expiry: 'a', applicationStatus: 'b' },
  contacts: [],
} as unknown as ClientConfig

const profile: HolderProfile = {
  realName: { status: 'VERIFIED', name: '张三', idNumberMasked: '340***********123X' },
  photo: { status: 'ACCEPTED' },
  constructorRegistrations: [],
}

const cert: Certificate = {
  id: 'c1',
  number: '皖建安C3（2019）0012345',
  category: 'C3',
  holderName: '张三',
  idNumberMasked: '340***********123X',
  employer: EMPLOYER,
  issuedOn: '2022-07-01',
  validUntil: '2025-06-30',
  recordStatus: 'ACTIVE',
  province: '皖',
}

const result = (over: Partial<AssessmentResult>): AssessmentResult => {
  const kind = over.kind ?? 'CONTINUING_EDUCATION'
  const takenOn = over.takenOn ?? '2023-03-10'
  return {
    kind,
    category: 'C3',
    takenOn,
    passed: true,
    organization: '安徽省建设干部学校（示例）',
    validUntil: resultValidUntil(kind, takenOn),
    ...over,
  }
}

function renewal(results: AssessmentResult[] | undefined, over: Partial<EligibilityInput> = {}) {
  return checkEligibility({
    type: 'RENEWAL',
    certificate: cert,
    profile,
    employment: { employer: EMPLOYER, since: '2020-01-01', refreshedAt: '2025-05-01T00:00:00Z' },
    openApplications: [],
    results,
    config,
    today: '2025-05-01',
    ...over,
  })
}

describe('result validity (seed 003, FAQ 7: 首次取证成绩保留2年，继续教育成绩保留3年)', () => {
  it('a first-exam result counts 2 years, a continuing-education result 3, the anniversary excluded', () => {
    expect(resultValidUntil('FIRST_EXAM', '2023-03-10')).toBe('2025-03-09')
    expect(resultValidUntil('CONTINUING_EDUCATION', '2023-03-10')).toBe('2026-03-09')
    expect(resultValidUntil('CONTINUING_EDUCATION', '2024-02-29')).toBe('2027-02-27')
  })

  it('is valid through its last day, expired the day after, and a failed result never counts', () => {
    const r = result({ takenOn: '2022-05-01' })
    expect(resultStatus(r, '2025-04-30')).toBe('VALID')
    expect(resultStatus(r, '2025-05-01')).toBe('EXPIRED')
    expect(resultStatus(result({ passed: false }), '2023-04-01')).toBe('FAILED')
  })
})

describe('R14 a renewal needs a result that still counts', () => {
  it('allows a renewal resting on a valid continuing-education result', () => {
    expect(renewal([result({})])).toEqual({ allowed: true, reasons: [], warnings: [] })
  })

  it('refuses when the newest passed result has expired, saying when and what to do', () => {
    const v = renewal([
      result({ takenOn: '2022-03-10' }),
      result({ kind: 'FIRST_EXAM', takenOn: '2019-05-01' }),
    ])
    expect(v.allowed).toBe(false)
    expect(v.reasons).toHaveLength(1)
    expect(v.reasons[0]).toMatchObject({
      rule: 'R14',
      code: 'RESULT_EXPIRED',
      fix: { kind: 'guide', topic: 'CONTINUING_EDUCATION' },
    })
    expect(v.reasons[0].message).toContain(
      '继续教育成绩（2022-03-10考核合格）保留3年，有效至2025-03-09，已过期作废',
    )
    expect(v.reasons[0].message).toContain('参加继续教育')
    expect(v.reasons[0].message).toContain('证书有效期至2025-06-30')
  })

  it('a first-exam result counts only 2 years', () => {
    const v = renewal([result({ kind: 'FIRST_EXAM', takenOn: '2023-03-10' })])
    expect(v.reasons[0]?.message).toContain('首次考核成绩（2023-03-10考核合格）保留2年，有效至2025-03-09')
  })

  it('names a later failed attempt, and a failed attempt does not void an earlier valid result', () => {
    const expiredThenFailed = renewal([
      result({ takenOn: '2022-01-05' }),
      result({ takenOn: '2025-04-02', passed: false, score: 52 }),
    ])
    expect(expiredThenFailed.reasons[0].message).toContain('最近一次继续教育成绩（2025-04-02，52分）不合格')
    const validThenFailed = renewal([
      result({ takenOn: '2023-01-05' }),
      result({ takenOn: '2025-04-02', passed: false, score: 52 }),
    ])
    expect(validThenFailed.allowed).toBe(true)
  })

  it('refuses when there is no result of the certificate category at all', () => {
    const v = renewal([result({ category: 'C2' })])
    expect(v.reasons[0].code).toBe('RESULT_EXPIRED')
    expect(v.reasons[0].message).toContain(
      '未查询到证书皖建安C3（2019）0012345（C3类）合格的考核或继续教育成绩',
    )
    expect(renewalResultProblem([], cert, '2025-05-01')?.message).toContain('核实登记的身份证号')
  })

  it('is skipped when the results are not known (a client that has not read them)', () => {
    expect(renewal(undefined).allowed).toBe(true)
  })

  it('only concerns renewals, and comes with the other reasons rather than instead of them', () => {
    const expired = [result({ takenOn: '2021-01-01' })]
    expect(renewal(expired, { type: 'CANCELLATION' }).allowed).toBe(true)
    const early = renewal(expired, { today: '2024-01-10' })
    expect(early.reasons.map((r) => r.rule)).toEqual(['R4', 'R14'])
  })

  it('says nothing about results for a certificate that can take no business', () => {
    const v = renewal([], { certificate: { ...cert, recordStatus: 'CANCELLED' } })
    expect(v.reasons.map((r) => r.code)).toEqual(['CERTIFICATE_NOT_ACTIVE'])
  })
})

describe('study periods', () => {
  const periods = [
    { certificateId: 'c1', from: '2019-07-01', to: '2022-06-30', hoursRequired: 24, hoursDone: 24 },
    { certificateId: 'c1', from: '2022-07-01', to: '2025-06-30', hoursRequired: 24, hoursDone: 8 },
    { certificateId: 'c2', from: '2022-07-01', to: '2025-06-30', hoursRequired: 24, hoursDone: 0 },
  ]
  it('the current period of a certificate is the one containing today, else the latest begun', () => {
    expect(currentPeriod(periods, 'c1', '2024-01-01')?.hoursDone).toBe(8)
    expect(currentPeriod(periods, 'c1', '2025-08-01')?.from).toBe('2022-07-01')
    expect(currentPeriod(periods, 'c9', '2024-01-01')).toBeUndefined()
  })
})

describe('maskName: whose certificate it is, without the full name', () => {
  it('keeps the first and last characters', () => {
    expect(maskName('张建国')).toBe('张*国')
    expect(maskName('欧阳建国')).toBe('欧**国')
    expect(maskName('李明')).toBe('李*')
    expect(maskName('买买提·艾力')).toBe('买****力')
    expect(maskName('𠮷田一')).toBe('𠮷*一')
    expect(maskName('')).toBe('')
  })
})
