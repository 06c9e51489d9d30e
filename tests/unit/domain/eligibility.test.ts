import {
  addDays,
  checkEligibility,
  constructorStatusOn,
  initialSteps,
  validateApplicationFields,
  type Application,
  type Certificate,
  type ClientConfig,
  type ConstructorRegistration,
  type EligibilityInput,
  type EligibilityVerdict,
  type Employment,
  type HolderProfile,
  type SourceCertificate,
} from '../../../src/domain'
import { mismatchedCertificates } from '../../../src/domain/employerMatch'

const EMPLOYER_A = { name: '安徽建工集团有限公司', uscc: '913400001000000001' }
const EMPLOYER_B = { name: '合肥城建有限公司', uscc: '91340100MA2NXK3P0X' }
/** Registered in Nanjing (region 320100). */
const EMPLOYER_NANJING = { name: '南京示例建设有限公司', uscc: '91320100MA1X0000XX' }

const config: ClientConfig = {
  renewalWindowMonths: 3,
  transferInWarnDays: 90,
  photo: {
    width: 358,
    height: 441,
    maxBytes: 51200,
    minSourceWidth: 358,
    minSourceHeight: 441,
    hueMin: 185,
    hueMax: 230,
    minSaturation: 0.35,
    minValue: 0.35,
  },
  studyLinkHosts: ['study.example.cn'],
  subscribeTemplates: { expiry: 'tmpl-expiry', applicationStatus: 'tmpl-status' },
  contacts: [],
}

const verifiedProfile: HolderProfile = {
  realName: {
    status: 'VERIFIED',
    name: '张三',
    idNumberMasked: '340***********123X',
    verifiedAt: '2024-01-01T00:00:00Z',
  },
  photo: { status: 'ACCEPTED' },
  constructorRegistrations: [],
}

const cert = (over: Partial<Certificate> = {}): Certificate => ({
  id: 'c1',
  number: '皖建安B（2022）0012345',
  category: 'C2',
  holderName: '张三',
  idNumberMasked: '340***********123X',
  employer: EMPLOYER_A,
  issuedOn: '2022-06-30',
  validUntil: '2025-06-30',
  recordStatus: 'ACTIVE',
  province: '皖',
  ...over,
})

const employedAt = (employer: Employment['employer'] = EMPLOYER_A): Employment => ({
  employer,
  since: '2020-01-01',
  refreshedAt: '2025-04-01T00:00:00Z',
})

const openApp = (over: Partial<Application> = {}): Application => ({
  id: 'open1',
  type: 'CANCELLATION',
  status: 'IN_PROGRESS',
  certificateNumber: '皖建安C2（2020）0000001',
  category: 'C2',
  createdAt: '2025-03-01T00:00:00Z',
  updatedAt: '2025-03-01T00:00:00Z',
  steps: initialSteps('CANCELLATION', '2025-03-01T00:00:00Z'),
  fields: {},
  ...over,
})

function check(over: Partial<EligibilityInput>): EligibilityVerdict {
  return checkEligibility({
    type: 'RENEWAL',
    certificate: cert(),
    profile: verifiedProfile,
    employment: employedAt(),
    openApplications: [],
    config,
    today: '2025-05-01',
    ...over,
  })
}

const codes = (v: EligibilityVerdict) => v.reasons.map((r) => `${r.rule}:${r.code}`)

describe('R1 real name first', () => {
  it('refuses every type until 实名认证 is done', () => {
    const profile: HolderProfile = { ...verifiedProfile, realName: { status: 'NONE' } }
    for (const type of [
      'RENEWAL',
      'TRANSFER_IN',
      'TRANSFER_OUT',
      'CHANGE_EMPLOYER',
      'CANCELLATION',
      'INFO_CHANGE',
    ] as const) {
      const v = check({
        type,
        profile,
        employment: type === 'CHANGE_EMPLOYER' ? employedAt(EMPLOYER_B) : employedAt(),
      })
      expect(v.allowed).toBe(false)
      expect(v.reasons[0]).toMatchObject({ rule: 'R1', code: 'REALNAME_REQUIRED', fix: { kind: 'realname' } })
      expect(v.reasons[0].message).toContain('实名认证')
    }
  })

  it('allows a verified holder with a renewable certificate', () => {
    expect(check({})).toEqual({ allowed: true, reasons: [], warnings: [] })
  })
})

describe('R2 one open application', () => {
  it('refuses while another application is in progress or sent back, linking to it', () => {
    for (const status of ['IN_PROGRESS', 'SENT_BACK'] as const) {
      const v = check({ openApplications: [openApp({ status })] })
      expect(codes(v)).toEqual(['R2:OPEN_APPLICATION_EXISTS'])
      expect(v.reasons[0].message).toContain('您尚有未办结的申请事项，请等待办结后再进行申报')
      expect(v.reasons[0].message).toContain('证书注销')
      expect(v.reasons[0].fix).toEqual({ kind: 'openApplication', applicationId: 'open1' })
    }
  })

  it('ignores finished, refused and withdrawn applications', () => {
    const closed = (['COMPLETED', 'REFUSED', 'WITHDRAWN'] as const).map((status, i) =>
      openApp({ id: `x${i}`, status }),
    )
    expect(check({ openApplications: closed }).allowed).toBe(true)
  })

  it('links to the most recently updated open application', () => {
    const v = check({
      openApplications: [
        openApp({ id: 'older', updatedAt: '2025-01-01T00:00:00Z' }),
        openApp({ id: 'newer', type: 'TRANSFER_OUT', updatedAt: '2025-02-01T00:00:00Z' }),
        openApp({ id: 'closed', status: 'COMPLETED', updatedAt: '2025-04-01T00:00:00Z' }),
      ],
    })
    expect(v.reasons).toHaveLength(1)
    expect(v.reasons[0].fix).toEqual({ kind: 'openApplication', applicationId: 'newer' })
  })
})

describe('我的 → 聘用关系 compares enterprises as R3 does', () => {
  it('lists active certificates of another enterprise, never a cancelled one', () => {
    const other = cert({ id: 'c2', employer: EMPLOYER_B })
    const gone = cert({ id: 'c3', employer: EMPLOYER_B, recordStatus: 'CANCELLED' })
    expect(mismatchedCertificates([cert(), other, gone], employedAt()).map((c) => c.id)).toEqual(['c2'])
    expect(mismatchedCertificates([cert()], null)).toEqual([])
  })

  it('a certificate recorded under the old 组织机构代码 is the same enterprise, as in the verdict', () => {
    const oldCode = cert({ employer: { name: '北京某公司', uscc: '55138508-2' } })
    const employment = employedAt({ name: '北京某公司', uscc: '91110108551385082Q' })
    expect(mismatchedCertificates([oldCode], employment)).toEqual([])
    expect(codes(check({ type: 'RENEWAL', certificate: oldCode, employment }))).not.toContain(
      'R3:EMPLOYER_MISMATCH',
    )
  })
})

describe('R3 employer must match, for renewal only', () => {
  it("RENEWAL: refuses when the certificate's employer is not the current one", () => {
    const v = check({ type: 'RENEWAL', employment: employedAt(EMPLOYER_B) })
    expect(codes(v)).toEqual(['R3:EMPLOYER_MISMATCH'])
    const r = v.reasons[0]
    expect(r.message).toContain('安管人员聘用企业与申报企业不一致')
    expect(r.message).toContain(EMPLOYER_A.name)
    expect(r.message).toContain(EMPLOYER_B.name)
    expect(r.message).toContain('证书变更')
    expect(r.fix).toEqual({ kind: 'refreshEmployment' })
  })

  it('RENEWAL: a holder now employed in another province is pointed to 跨省转出, not 证书变更', () => {
    const v = check({ type: 'RENEWAL', employment: employedAt(EMPLOYER_NANJING) })
    expect(codes(v)).toEqual(['R3:EMPLOYER_MISMATCH'])
    expect(v.reasons[0].message).toContain('跨省转出')
    expect(v.reasons[0].message).not.toContain('请先办理证书变更')
  })

  it('RENEWAL: refuses without any employment', () => {
    const v = check({ type: 'RENEWAL', employment: null })
    expect(codes(v)).toEqual(['R3:EMPLOYMENT_REQUIRED'])
    expect(v.reasons[0].fix).toEqual({ kind: 'refreshEmployment' })
  })

  for (const type of ['TRANSFER_OUT', 'CANCELLATION'] as const) {
    it(`${type}: goes to the certificate's enterprise whatever the current 聘用关系`, () => {
      expect(check({ type, employment: employedAt(EMPLOYER_B) }).allowed).toBe(true)
      expect(check({ type, employment: employedAt(EMPLOYER_NANJING) }).allowed).toBe(true)
      expect(check({ type, employment: null }).allowed).toBe(true)
    })
  }

  it('compares codes, not names or letter case', () => {
    const renamed = employedAt({ name: '安徽建工集团控股有限公司', uscc: EMPLOYER_A.uscc.toLowerCase() })
    expect(check({ employment: renamed }).allowed).toBe(true)
  })

  it('an enterprise record with the old 9-character 组织机构代码 matches the credit code containing it', () => {
    const oldCode = EMPLOYER_B.uscc.slice(8, 17)
    const certificate = cert({
      employer: { name: EMPLOYER_B.name, uscc: `${oldCode.slice(0, 8)}-${oldCode[8]}` },
    })
    expect(check({ certificate, employment: employedAt(EMPLOYER_B) }).allowed).toBe(true)
    const other = cert({ employer: { name: '另一企业', uscc: '123456789' } })
    expect(codes(check({ certificate: other, employment: employedAt(EMPLOYER_B) }))).toEqual([
      'R3:EMPLOYER_MISMATCH',
    ])
  })
})

describe('R4 renewal window', () => {
  // validUntil 2025-06-30 -> window opens 2025-03-30
  it('refuses the day before the window opens, saying when it opens', () => {
    const v = check({ today: '2025-03-29' })
    expect(codes(v)).toEqual(['R4:RENEWAL_WINDOW_NOT_OPEN'])
    expect(v.reasons[0].message).toContain('2025-03-30起可以申请')
    expect(v.reasons[0].message).toContain('皖建安B（2022）0012345')
    expect(v.reasons[0].fix).toEqual({ kind: 'waitUntil', date: '2025-03-30' })
  })

  it('allows the opening day and the expiry day itself', () => {
    expect(check({ today: '2025-03-30' }).allowed).toBe(true)
    expect(check({ today: '2025-06-30' }).allowed).toBe(true)
  })

  it('refuses the day after expiry: re-take the exam', () => {
    const v = check({ today: '2025-07-01' })
    expect(codes(v)).toEqual(['R4:CERTIFICATE_EXPIRED'])
    expect(v.reasons[0].message).toContain('重新参加考核')
    expect(v.reasons[0].fix).toEqual({ kind: 'guide', topic: 'RETAKE_EXAM' })
  })

  it('uses the configured window length', () => {
    const six = { ...config, renewalWindowMonths: 6 }
    expect(check({ today: '2025-01-15', config: six }).allowed).toBe(true)
    expect(check({ today: '2024-12-29', config: six }).reasons[0].fix).toEqual({
      kind: 'waitUntil',
      date: '2024-12-30',
    })
  })
})

describe('R5 dead certificates take no business', () => {
  it('refuses cancelled, transferred-out and suspended certificates, for every certificate type', () => {
    for (const recordStatus of ['CANCELLED', 'TRANSFERRED_OUT', 'SUSPENDED'] as const) {
      for (const type of ['RENEWAL', 'TRANSFER_OUT', 'CHANGE_EMPLOYER', 'CANCELLATION'] as const) {
        // Mismatched employer too: the certificate rule alone is reported, no fix that cannot help.
        const v = check({ type, certificate: cert({ recordStatus }), employment: employedAt(EMPLOYER_B) })
        expect(codes(v)).toEqual(['R5:CERTIFICATE_NOT_ACTIVE'])
      }
    }
    expect(check({ certificate: cert({ recordStatus: 'SUSPENDED' }) }).reasons[0].message).toContain('暂扣')
  })

  it('refuses expired certificates for transfer out, change and cancellation', () => {
    for (const type of ['TRANSFER_OUT', 'CHANGE_EMPLOYER', 'CANCELLATION'] as const) {
      const v = check({ type, today: '2025-07-01', employment: employedAt(EMPLOYER_B) })
      expect(codes(v)).toEqual(['R5:CERTIFICATE_EXPIRED'])
      expect(v.reasons[0].message).toContain('2025-06-30')
    }
    expect(check({ type: 'CANCELLATION', today: '2025-06-30' }).allowed).toBe(true)
  })

  it('skips certificate rules while no certificate is chosen yet', () => {
    expect(check({ type: 'CANCELLATION', certificate: undefined, employment: null }).allowed).toBe(true)
  })
})

describe('R6 B certificates need a 建造师 registration at the same employer', () => {
  const b = cert({ category: 'B' })
  const reg = (employerUscc: string) => [
    { level: 2 as const, employerUscc, registrationNumber: '皖234000000001' },
  ]

  it('renewal: registration at the certificate employer', () => {
    const v = check({ certificate: b })
    expect(codes(v)).toEqual(['R6:CONSTRUCTOR_REGISTRATION_MISSING'])
    expect(v.reasons[0].fix).toEqual({ kind: 'guide', topic: 'CONSTRUCTOR_CHANGE' })
    expect(v.reasons[0].message).toContain(EMPLOYER_A.name)
    const registeredElsewhere = { ...verifiedProfile, constructorRegistrations: reg(EMPLOYER_B.uscc) }
    expect(check({ certificate: b, profile: registeredElsewhere }).allowed).toBe(false)
    const registered = { ...verifiedProfile, constructorRegistrations: reg(EMPLOYER_A.uscc) }
    expect(check({ certificate: b, profile: registered }).allowed).toBe(true)
  })

  it('change of employer: registration at the new employer', () => {
    const atOld = { ...verifiedProfile, constructorRegistrations: reg(EMPLOYER_A.uscc) }
    const v = check({
      type: 'CHANGE_EMPLOYER',
      certificate: b,
      profile: atOld,
      employment: employedAt(EMPLOYER_B),
    })
    expect(codes(v)).toEqual(['R6:CONSTRUCTOR_REGISTRATION_MISSING'])
    expect(v.reasons[0].message).toContain(
      '若申请人办理B类证书受聘企业变更业务，须先办理建造师注册证书执业企业变更',
    )
    expect(v.reasons[0].message).toContain(EMPLOYER_B.name)
    const atNew = { ...verifiedProfile, constructorRegistrations: reg(EMPLOYER_B.uscc) }
    expect(
      check({ type: 'CHANGE_EMPLOYER', certificate: b, profile: atNew, employment: employedAt(EMPLOYER_B) })
        .allowed,
    ).toBe(true)
  })

  it('does not apply to other categories or types', () => {
    expect(check({ certificate: cert({ category: 'A' }) }).allowed).toBe(true)
    expect(check({ type: 'CANCELLATION', certificate: b }).allowed).toBe(true)
    expect(check({ type: 'TRANSFER_OUT', certificate: b }).allowed).toBe(true)
  })

  describe('explains each case of the 建造师 register (seed 003, FAQ 8)', () => {
    const withReg = (over: Partial<ConstructorRegistration>) => ({
      ...verifiedProfile,
      constructorRegistrations: [{ ...reg(EMPLOYER_A.uscc)[0], ...over }],
    })
    const message = (over: Partial<ConstructorRegistration>) => {
      const v = check({ certificate: b, profile: withReg(over) })
      expect(codes(v)).toEqual(['R6:CONSTRUCTOR_REGISTRATION_MISSING'])
      return v.reasons[0].message
    }

    it('an old 15-digit ID number on the 建造师 record: change the 建造师 personal information first', () => {
      expect(message({ idNumberOnRecord: 'OLD_15_DIGIT' })).toMatch(/老15位身份证号.*个人信息变更/)
    })

    it('a different ID number: whichever record is wrong is corrected first', () => {
      const m = message({ idNumberOnRecord: 'DIFFERENT' })
      expect(m).toContain('建造师')
      expect(m).toContain('安管B证个人信息变更')
    })

    it('cancelled or expired: register again', () => {
      expect(message({ status: 'CANCELLED' })).toContain('重新注册')
      expect(message({ status: 'EXPIRED' })).toContain('重新注册')
    })

    it('a temporary 建造师 certificate no longer counts', () => {
      expect(message({ status: 'TEMPORARY' })).toContain('临时建造师已取消')
    })

    it('void past 65', () => {
      expect(message({ status: 'OVER_AGE' })).toContain('超过65周岁')
    })

    it('no registration at all names both likely causes', () => {
      const m = check({ certificate: b }).reasons[0].message
      expect(m).toContain('未查询到您的建造师注册')
      expect(m).toContain('老15位身份证号')
      expect(m).toContain('执业企业变更')
    })

    it('a valid registration at the employer passes even when an old one is void', () => {
      const profile = {
        ...verifiedProfile,
        constructorRegistrations: [
          { ...reg(EMPLOYER_A.uscc)[0], status: 'EXPIRED' as const },
          { ...reg(EMPLOYER_A.uscc)[0], registrationNumber: '皖234000000002' },
        ],
      }
      expect(check({ certificate: b, profile }).allowed).toBe(true)
    })
  })

  it('constructorStatusOn: a registration is void the day after the 65th birthday', () => {
    const r = reg(EMPLOYER_A.uscc)[0]
    expect(constructorStatusOn(r, '1960-05-01', '2025-05-01')).toBe('VALID')
    expect(constructorStatusOn(r, '1960-05-01', '2025-05-02')).toBe('OVER_AGE')
    expect(constructorStatusOn({ ...r, status: 'CANCELLED' }, '1960-05-01', '2026-01-01')).toBe('CANCELLED')
  })
})

describe('R7 transfer in', () => {
  const source = (over: Partial<SourceCertificate> = {}): SourceCertificate => ({
    number: '豫建安C2（2021）0001234',
    province: '豫',
    category: 'C2',
    validUntil: '2026-06-30',
    nationalStatus: 'TRANSFERRING_OUT',
    ...over,
  })
  const transferIn = (over: Partial<EligibilityInput>) =>
    check({ type: 'TRANSFER_IN', certificate: undefined, sourceCertificate: source(), ...over })

  it('allows a released certificate from another province', () => {
    expect(transferIn({})).toEqual({ allowed: true, reasons: [], warnings: [] })
  })

  it('warns below 90 days left, but still allows', () => {
    const today = '2025-05-01'
    const at = (days: number) =>
      transferIn({ today, sourceCertificate: source({ validUntil: addDays(today, days) }) })
    const w89 = at(89)
    expect(w89.allowed).toBe(true)
    expect(w89.warnings).toHaveLength(1)
    expect(w89.warnings[0]).toMatchObject({ rule: 'R7', code: 'TRANSFER_IN_EXPIRING' })
    expect(w89.warnings[0].message).toContain('仅剩89天')
    expect(at(90).warnings).toEqual([])
    expect(at(91).warnings).toEqual([])
    expect(at(0).warnings[0].message).toContain('仅剩0天')
  })

  it('refuses an expired source certificate', () => {
    const v = transferIn({ sourceCertificate: source({ validUntil: '2025-04-30' }) })
    expect(codes(v)).toEqual(['R7:TRANSFER_IN_EXPIRED'])
    expect(v.warnings).toEqual([])
  })

  it('refuses when the source has not been released on the national platform', () => {
    const v = transferIn({ sourceCertificate: source({ nationalStatus: 'ACTIVE' }) })
    expect(codes(v)).toEqual(['R7:SOURCE_NOT_TRANSFERRED_OUT'])
    expect(v.reasons[0].message).toContain('河南省')
    expect(v.reasons[0].fix).toEqual({ kind: 'guide', topic: 'SOURCE_TRANSFER_OUT' })
    const cancelled = transferIn({ sourceCertificate: source({ nationalStatus: 'CANCELLED' }) })
    expect(codes(cancelled)).toEqual(['R7:SOURCE_NOT_TRANSFERRED_OUT'])
    expect(cancelled.reasons[0].message).toContain('已注销')
  })

  it('reports both not released and expired', () => {
    const v = transferIn({
      sourceCertificate: source({ nationalStatus: 'ACTIVE', validUntil: '2025-01-01' }),
    })
    expect(codes(v)).toEqual(['R7:SOURCE_NOT_TRANSFERRED_OUT', 'R7:TRANSFER_IN_EXPIRED'])
  })

  it('refuses a source that is not found', () => {
    const v = transferIn({ sourceCertificate: null })
    expect(codes(v)).toEqual(['R7:SOURCE_NOT_TRANSFERRED_OUT'])
    expect(v.reasons[0].message).toContain('未查询到')
  })

  it('refuses an Anhui certificate as a source', () => {
    const v = transferIn({ sourceCertificate: source({ province: '皖', number: '皖建安C2（2021）0001234' }) })
    expect(codes(v)).toEqual(['R7:VALIDATION_FAILED'])
    expect(v.reasons[0].message).toContain('无需跨省转入')
  })

  it('skips the national checks when the source is unknown (client side)', () => {
    expect(transferIn({ sourceCertificate: undefined }).allowed).toBe(true)
  })

  it('needs the receiving employer, in Anhui', () => {
    const v = transferIn({ employment: null })
    expect(codes(v)).toEqual(['R7:EMPLOYMENT_REQUIRED'])
    const outside = transferIn({ employment: employedAt(EMPLOYER_NANJING) })
    expect(codes(outside)).toEqual(['R7:EMPLOYER_OUT_OF_PROVINCE'])
  })

  it("compares the typed 类别 and 有效期至 with the national record, naming the platform's value", () => {
    const typed = (category: string, validUntil: string) =>
      transferIn({ typedSource: { category, validUntil } })
    expect(typed('C2', '2026-06-30').allowed).toBe(true)
    const date = typed('C2', '2026-07-30')
    expect(codes(date)).toEqual(['R7:SOURCE_DETAILS_MISMATCH'])
    expect(date.reasons[0]).toMatchObject({
      field: 'validUntil',
      fix: { kind: 'editField', field: 'validUntil' },
    })
    expect(date.reasons[0].message).toContain('全国平台记录的原证书有效期至为2026-06-30')
    expect(date.reasons[0].message).toContain('2026-07-30')
    const both = typed('C3', '2026-07-30')
    expect(both.reasons.map((r) => r.field)).toEqual(['category', 'validUntil'])
    expect(both.reasons[0].message).toContain('C2类')
    // Before the source is released, 办理转出 is the one thing to say.
    const unreleased = transferIn({
      sourceCertificate: source({ nationalStatus: 'ACTIVE' }),
      typedSource: { category: 'C2', validUntil: '2026-07-30' },
    })
    expect(codes(unreleased)).toEqual(['R7:SOURCE_NOT_TRANSFERRED_OUT'])
  })
})

describe('R8 change of employer', () => {
  it('allows when the current employer differs from the certificate', () => {
    expect(check({ type: 'CHANGE_EMPLOYER', employment: employedAt(EMPLOYER_B) }).allowed).toBe(true)
  })

  it('refuses when the employer has not changed, explaining the new employer registers first', () => {
    const v = check({ type: 'CHANGE_EMPLOYER' })
    expect(codes(v)).toEqual(['R8:NO_EMPLOYER_CHANGE'])
    expect(v.reasons[0].message).toContain('新单位先登记聘用关系')
    expect(v.reasons[0].fix).toEqual({ kind: 'refreshEmployment' })
  })

  it('refuses without employment', () => {
    expect(codes(check({ type: 'CHANGE_EMPLOYER', employment: null }))).toEqual(['R8:EMPLOYMENT_REQUIRED'])
  })

  it('refuses an employer registered in another province, pointing to 跨省转出', () => {
    const v = check({ type: 'CHANGE_EMPLOYER', employment: employedAt(EMPLOYER_NANJING) })
    expect(codes(v)).toEqual(['R8:EMPLOYER_OUT_OF_PROVINCE'])
    expect(v.reasons[0].message).toContain('跨省转出')
    expect(v.reasons[0].fix).toEqual({ kind: 'apply', type: 'TRANSFER_OUT' })
    const stated = employedAt({ ...EMPLOYER_B, province: '苏' })
    expect(codes(check({ type: 'CHANGE_EMPLOYER', employment: stated }))).toEqual([
      'R8:EMPLOYER_OUT_OF_PROVINCE',
    ])
  })

  it('is not subject to the renewal window', () => {
    expect(
      check({ type: 'CHANGE_EMPLOYER', employment: employedAt(EMPLOYER_B), today: '2023-01-01' }).allowed,
    ).toBe(true)
  })
})

describe('R10 information change prerequisites', () => {
  it('needs 实名认证 and an accepted photo', () => {
    const noPhoto: HolderProfile = { ...verifiedProfile, photo: { status: 'NONE' } }
    const v = check({ type: 'INFO_CHANGE', profile: noPhoto })
    expect(codes(v)).toEqual(['R10:PHOTO_REQUIRED'])
    expect(v.reasons[0].fix).toEqual({ kind: 'photo' })
    const neither: HolderProfile = { ...noPhoto, realName: { status: 'NONE' } }
    expect(codes(check({ type: 'INFO_CHANGE', profile: neither }))).toEqual([
      'R1:REALNAME_REQUIRED',
      'R10:PHOTO_REQUIRED',
    ])
    expect(check({ type: 'INFO_CHANGE' }).allowed).toBe(true)
  })
})

describe('R1-R10 combinations', () => {
  it('collects every reason, ordered by rule, without duplicates', () => {
    const v = check({
      type: 'RENEWAL',
      certificate: cert({ category: 'B' }),
      profile: { ...verifiedProfile, realName: { status: 'NONE' } },
      employment: employedAt(EMPLOYER_B),
      openApplications: [openApp(), openApp({ id: 'open2' })],
      today: '2025-01-01',
    })
    expect(v.allowed).toBe(false)
    expect(codes(v)).toEqual([
      'R1:REALNAME_REQUIRED',
      'R2:OPEN_APPLICATION_EXISTS',
      'R3:EMPLOYER_MISMATCH',
      'R4:RENEWAL_WINDOW_NOT_OPEN',
      'R6:CONSTRUCTOR_REGISTRATION_MISSING',
    ])
    for (const r of v.reasons) expect(r.fixLabel).toBeTruthy()
  })

  it('orders R10 after R2', () => {
    const v = check({
      type: 'INFO_CHANGE',
      profile: { ...verifiedProfile, photo: { status: 'NONE' } },
      openApplications: [openApp()],
    })
    expect(codes(v)).toEqual(['R2:OPEN_APPLICATION_EXISTS', 'R10:PHOTO_REQUIRED'])
  })
})

describe('R4 R7 R9 application fields', () => {
  const today = '2025-05-01'

  it('renewal: both declarations must be ticked', () => {
    expect(
      validateApplicationFields('RENEWAL', { noAccidentPenalty: true, noBadConductRecord: true }, today),
    ).toEqual({
      ok: true,
      value: { noAccidentPenalty: true, noBadConductRecord: true },
    })
    const r = validateApplicationFields('RENEWAL', { noAccidentPenalty: 'true' }, today)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(['noAccidentPenalty', 'noBadConductRecord'])
  })

  it('transfer in: normalises a valid source', () => {
    expect(
      validateApplicationFields(
        'TRANSFER_IN',
        {
          sourceNumber: '豫建安c2(2021)0001234',
          sourceProvince: '河南省',
          category: 'c2',
          validUntil: '2026-06-30',
        },
        today,
      ),
    ).toEqual({
      ok: true,
      value: {
        sourceNumber: '豫建安C2（2021）0001234',
        sourceProvince: '豫',
        category: 'C2',
        validUntil: '2026-06-30',
      },
    })
  })

  it('transfer in: reports each wrong field', () => {
    const errors = (fields: Record<string, unknown>) => {
      const r = validateApplicationFields('TRANSFER_IN', fields, today)
      if (r.ok) throw new Error('expected field errors')
      return r.fieldErrors
    }
    const ok = {
      sourceNumber: '豫建安C2（2021）0001234',
      sourceProvince: '豫',
      category: 'C2',
      validUntil: '2026-06-30',
    }
    expect(errors({ ...ok, sourceNumber: '豫建安C2（2021）001234' })).toEqual({
      sourceNumber: '年份后的编号应为7位数字，您输入了6位',
    })
    expect(errors({ ...ok, sourceNumber: '皖建安C2（2021）0001234', sourceProvince: '皖' })).toMatchObject({
      sourceNumber: expect.stringContaining('无需跨省转入'),
      sourceProvince: expect.stringContaining('不能是安徽省'),
    })
    expect(errors({ ...ok, sourceProvince: '鲁' }).sourceProvince).toContain('河南省')
    expect(errors({ ...ok, sourceProvince: '' }).sourceProvince).toBe('请选择原发证省份')
    expect(errors({ ...ok, category: 'B' }).category).toContain('C2类')
    expect(errors({ ...ok, category: 'D' }).category).toContain('请选择证书类别')
    expect(errors({ ...ok, validUntil: '2026-02-30' }).validUntil).toContain('有效期截止日期')
    expect(errors({ ...ok, validUntil: '2025-04-30' }).validUntil).toContain('2025-04-30到期')
    expect(validateApplicationFields('TRANSFER_IN', { ...ok, validUntil: today }, today).ok).toBe(true)
    expect(Object.keys(errors({}))).toEqual(['sourceNumber', 'sourceProvince', 'category', 'validUntil'])
  })

  it('transfer out: a known province other than Anhui', () => {
    expect(validateApplicationFields('TRANSFER_OUT', { targetProvince: '江苏' }, today)).toEqual({
      ok: true,
      value: { targetProvince: '苏' },
    })
    expect(validateApplicationFields('TRANSFER_OUT', { targetProvince: '皖' }, today)).toEqual({
      ok: false,
      fieldErrors: { targetProvince: '转入省份不能是安徽省；在省内更换单位请办理证书变更' },
    })
    expect(validateApplicationFields('TRANSFER_OUT', { targetProvince: '台北' }, today).ok).toBe(false)
    expect(validateApplicationFields('TRANSFER_OUT', {}, today).ok).toBe(false)
  })

  it('cancellation: a reason of 2-500 characters without control characters', () => {
    expect(validateApplicationFields('CANCELLATION', { reason: '  已退休  ' }, today)).toEqual({
      ok: true,
      value: { reason: '已退休' },
    })
    expect(validateApplicationFields('CANCELLATION', { reason: '离职\r\n不再从事' }, today)).toEqual({
      ok: true,
      value: { reason: '离职\n不再从事' },
    })
    const err = (reason: unknown) => {
      const r = validateApplicationFields('CANCELLATION', { reason }, today)
      return r.ok ? undefined : r.fieldErrors.reason
    }
    expect(err(' 退 ')).toContain('至少2个字')
    expect(err(undefined)).toContain('至少2个字')
    expect(err('字'.repeat(500))).toBeUndefined()
    expect(err('字'.repeat(501))).toContain('当前501个字')
    expect(err('离职\u0007了')).toContain('特殊字符')
    expect(err('离职\u0000')).toContain('特殊字符')
  })

  it('change of employer has no fields; information change is not filed here', () => {
    expect(validateApplicationFields('CHANGE_EMPLOYER', { anything: 1 }, today)).toEqual({
      ok: true,
      value: {},
    })
    expect(validateApplicationFields('CHANGE_EMPLOYER', undefined, today)).toEqual({ ok: true, value: {} })
    expect(validateApplicationFields('INFO_CHANGE', {}, today).ok).toBe(false)
  })
})
