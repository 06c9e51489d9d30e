/**
 * Demo data. Every date is relative to the backend clock's today, so the holders stay "expiring",
 * "expired" and so on whatever day the backend runs. ID numbers, USCCs and certificate numbers are
 * built with the domain's own check-character functions, so they pass R11-R13.
 */
import {
  addDays,
  addYears,
  diffDays,
  advanceApplication,
  idNumberCheckChar,
  initialHistory,
  initialSteps,
  isOrgCode,
  orgCodeCheckChar,
  orgCodeOf,
  parseCertificateNumber,
  sendBack,
  usccCheckChar,
  validateIdNumber,
  validateUscc,
} from '../src/domain'
import { seedPortraitBase64 } from './seedPhoto'
import type {
  Application,
  ApplicationType,
  CertificateCategory,
  CertificateRecordStatus,
  ConstructorRegistration,
  Employer,
} from './model'
import {
  STATE_VERSION,
  type CertificateRecord,
  type MarketRecord,
  type NationalRecord,
  type PersonRecord,
  type PhotoRecord,
  type ResultRecord,
  type State,
  type StudyPeriodRecord,
  type UserRecord,
} from './store'

const CST = '+08:00'

function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`
  const id = first17 + idNumberCheckChar(first17)
  if (!validateIdNumber(id, '2100-01-01').ok) throw new Error(`seed: invalid ID number for ${region}`)
  return id
}

/**
 * A credit code as GB 32100 builds it: 登记管理部门 9, 机构类别 1 (企业), the 登记管理机关行政区划码,
 * the 组织机构代码 with its own GB 11714 check character, then the code's check character.
 */
function uscc(region: string, orgBody: string): string {
  const first17 = `91${region}${orgBody}${orgCodeCheckChar(orgBody)}`
  const code = first17 + usccCheckChar(first17)
  if (!validateUscc(code).ok || !isOrgCode(orgCodeOf(code))) throw new Error(`seed: invalid USCC ${first17}`)
  return code
}

function certificateNumber(
  province: string,
  category: CertificateCategory,
  year: string,
  serial: string,
): string {
  const parsed = parseCertificateNumber(`${province}建安${category}（${year}）${serial}`)
  if (!parsed.ok) throw new Error(`seed: invalid certificate number (${parsed.message})`)
  return parsed.value
}

/**
 * Fictional enterprises: every name says 演示 so none can be taken for a real company, and every
 * credit code carries a valid 组织机构代码 and the region of a real registration authority.
 */
export const EMPLOYERS = {
  ljjs: { name: '庐江演示建设集团有限公司', uscc: uscc('340124', '14897531') },
  hfcj: { name: '合肥演示城建工程有限公司', uscc: uscc('340100', '14920366') },
  whjs: { name: '芜湖演示建筑工程有限公司', uscc: uscc('340200', '15340892') },
  bbyj: { name: '蚌埠演示第一建筑有限公司', uscc: uscc('340300', '15190233') },
  wssl: { name: '皖水演示水利建设有限公司', uscc: uscc('340000', '14894160') },
  haj: { name: '华安演示建设集团有限公司', uscc: uscc('340000', '70493728') },
  wsgc: { name: '皖三演示工程有限公司', uscc: uscc('340100', '14906182') },
  masj: { name: '马鞍山演示建工有限公司', uscc: uscc('340500', '15056714') },
  aqej: { name: '安庆演示二建安装有限公司', uscc: uscc('340800', '15221095') },
  xcaz: { name: '宣城演示建筑安装有限公司', uscc: uscc('341800', '15377420') },
  /** Registered in Jiangsu (南京市): a move there is 跨省转出, never 证书变更. */
  njjs: { name: '南京演示建设工程有限公司', uscc: uscc('320100', '13490587') },
} satisfies Record<string, Employer>

type EmployerKey = keyof typeof EMPLOYERS

/** An enterprise record that still carries the old 9-character 组织机构代码 (seed 003, FAQ 4). */
function withOldCode(key: EmployerKey): Employer {
  return { name: EMPLOYERS[key].name, uscc: orgCodeOf(EMPLOYERS[key].uscc) }
}

interface SeedCertificate {
  id: string
  category: CertificateCategory
  serial: string
  employer: EmployerKey
  /** The certificate's enterprise record carries the old 组织机构代码 */
  oldCode?: boolean
  position: string
  /** Year of first issue: the number keeps it across renewals */
  firstYear: number
  /** days from today to 有效期截止日期 (negative: expired) */
  validForDays: number
  recordStatus?: CertificateRecordStatus
  /** 学习与成绩 when it is not the usual (a continuing-education result well within 3 years) */
  learning?: SeedLearning
}

interface SeedLearning {
  /** Days ago the last passed continuing-education assessment was taken */
  passedDaysAgo: number
  /** A failed attempt after it, days ago */
  failedDaysAgo?: number
  /** Hours done in the current period */
  hoursDone?: number
}

interface SeedPerson {
  name: string
  idNumber: string
  phone: string
  /** Current employer on the market-supervision platform */
  market?: { employer: EmployerKey; sinceDaysAgo: number }
  certificates: SeedCertificate[]
  registration?: Omit<ConstructorRegistration, 'employerUscc'> & { employer: EmployerKey }
  national?: Array<Omit<NationalRecord, 'idNumber' | 'holderName' | 'validUntil'> & { validForDays: number }>
}

interface SeedHolder extends SeedPerson {
  key: string
  summary: string
  /** 聘用关系 as recorded in the app (default: the market record, refreshed 3 days ago; null: none) */
  recorded?: { employer: EmployerKey; sinceDaysAgo: number; refreshedDaysAgo: number } | null
  photo?: boolean
}

const c3 = (id: string, serial: string, employer: EmployerKey, firstYear: number, validForDays: number) =>
  ({ id, category: 'C3', serial, employer, position: '专职安全员', firstYear, validForDays }) as const

export const DEMO_HOLDERS: SeedHolder[] = [
  {
    key: 'valid',
    summary: 'C3 有效约 2 年，聘用企业一致，已实名、已上传照片',
    name: '张建国',
    idNumber: idNumber('340102', '19780315', '031'),
    phone: '13805510031',
    market: { employer: 'ljjs', sinceDaysAgo: 2200 },
    certificates: [c3('cert-valid-c3', '0012345', 'ljjs', 2017, 730)],
    photo: true,
  },
  {
    key: 'expiring',
    summary: 'B 约 60 天后到期，在聘用企业有建造师注册',
    name: '李明',
    idNumber: idNumber('340104', '19820621', '015'),
    phone: '13905510015',
    market: { employer: 'hfcj', sinceDaysAgo: 1800 },
    registration: { level: 1, employer: 'hfcj', registrationNumber: '皖1342019201912345' },
    certificates: [
      {
        id: 'cert-expiring-b',
        category: 'B',
        serial: '0023456',
        employer: 'hfcj',
        position: '项目负责人',
        firstYear: 2014,
        validForDays: 60,
      },
    ],
  },
  {
    key: 'expired',
    summary: 'C2 已于 10 天前过期',
    name: '王芳',
    idNumber: idNumber('340202', '19850910', '026'),
    phone: '13705530026',
    market: { employer: 'whjs', sinceDaysAgo: 1500 },
    certificates: [{ ...c3('cert-expired-c2', '0034512', 'whjs', 2020, -10), category: 'C2' }],
  },
  {
    key: 'b-no-constructor',
    summary: 'B 约 45 天后到期，没有建造师注册',
    name: '赵强',
    idNumber: idNumber('340302', '19790128', '053'),
    phone: '13605520053',
    market: { employer: 'bbyj', sinceDaysAgo: 1300 },
    certificates: [
      {
        id: 'cert-bnc-b',
        category: 'B',
        serial: '0045123',
        employer: 'bbyj',
        position: '项目负责人',
        firstYear: 2016,
        validForDays: 45,
      },
    ],
  },
  {
    key: 'mismatch',
    summary: 'A 证在企业 X；记录的聘用关系是 X（很久前刷新），市场监管平台现为省内企业 Y',
    name: '陈伟',
    idNumber: idNumber('340111', '19750802', '019'),
    phone: '13955110019',
    market: { employer: 'haj', sinceDaysAgo: 100 },
    recorded: { employer: 'wssl', sinceDaysAgo: 2500, refreshedDaysAgo: 400 },
    certificates: [
      {
        id: 'cert-mismatch-a',
        category: 'A',
        serial: '0056234',
        employer: 'wssl',
        position: '总经理',
        firstYear: 2011,
        validForDays: 75,
      },
    ],
  },
  {
    key: 'open-app',
    summary: 'C1，有一件延期复核正在市级审核',
    name: '刘洋',
    idNumber: idNumber('340103', '19880417', '037'),
    phone: '13855120037',
    market: { employer: 'ljjs', sinceDaysAgo: 900 },
    certificates: [{ ...c3('cert-open-app-c1', '0022334', 'ljjs', 2019, 50), category: 'C1' }],
  },
  {
    key: 'transfer-in',
    summary: '无安徽证书；全国平台上苏建安C2已「办理转出」（约 500 天有效），浙建安C3未转出；现聘于安徽企业',
    name: '孙丽',
    idNumber: idNumber('320102', '19860525', '048'),
    phone: '13951600048',
    market: { employer: 'wsgc', sinceDaysAgo: 60 },
    certificates: [],
    national: [
      {
        number: '苏建安C2（2022）0034567',
        province: '苏',
        category: 'C2',
        nationalStatus: 'TRANSFERRING_OUT',
        validForDays: 500,
      },
      {
        number: '浙建安C3（2023）0045678',
        province: '浙',
        category: 'C3',
        nationalStatus: 'ACTIVE',
        validForDays: 700,
      },
    ],
    photo: true,
  },
  {
    key: 'renewal-ready',
    summary: 'C2 约 30 天后到期（在延期复核期内），聘用企业一致，已实名、已上传照片',
    name: '周涛',
    idNumber: idNumber('340402', '19810912', '071'),
    phone: '13805540071',
    market: { employer: 'ljjs', sinceDaysAgo: 1600 },
    certificates: [{ ...c3('cert-renewal-ready-c2', '0067345', 'ljjs', 2015, 30), category: 'C2' }],
    photo: true,
  },
  {
    key: 'two-certs',
    summary: 'B（约 70 天后到期，有建造师注册）与 C3（有效约 1 年半）两本证书，同一聘用企业',
    name: '钱国华',
    idNumber: idNumber('340881', '19770609', '013'),
    phone: '13805560013',
    market: { employer: 'aqej', sinceDaysAgo: 2600 },
    registration: { level: 2, employer: 'aqej', registrationNumber: '皖2342018201854321' },
    certificates: [
      {
        id: 'cert-two-b',
        category: 'B',
        serial: '0078123',
        employer: 'aqej',
        position: '项目负责人',
        firstYear: 2012,
        validForDays: 70,
      },
      c3('cert-two-c3', '0078124', 'aqej', 2018, 560),
    ],
    photo: true,
  },
  {
    key: 'suspended',
    summary: 'C2 被暂扣（有效期内），只能查看',
    name: '孔亮',
    idNumber: idNumber('340503', '19840304', '055'),
    phone: '13955550055',
    market: { employer: 'masj', sinceDaysAgo: 1400 },
    certificates: [
      { ...c3('cert-suspended-c2', '0081234', 'masj', 2019, 400), category: 'C2', recordStatus: 'SUSPENDED' },
    ],
  },
  {
    key: 'cancelled',
    summary: 'C3 已注销，只能查看',
    name: '冯丽娟',
    idNumber: idNumber('340203', '19700117', '062'),
    phone: '13705530062',
    market: { employer: 'whjs', sinceDaysAgo: 3000 },
    certificates: [{ ...c3('cert-cancelled-c3', '0082345', 'whjs', 2013, 300), recordStatus: 'CANCELLED' }],
  },
  {
    key: 'transferred-out',
    summary: 'C1 已转出安徽（到江苏），只能查看',
    name: '褚明',
    idNumber: idNumber('340304', '19830822', '073'),
    phone: '13605520073',
    market: { employer: 'njjs', sinceDaysAgo: 200 },
    certificates: [
      {
        ...c3('cert-transferred-c1', '0083456', 'bbyj', 2018, 500),
        category: 'C1',
        recordStatus: 'TRANSFERRED_OUT',
      },
    ],
  },
  {
    key: 'no-employment',
    summary: 'C3 有效，市场监管平台上没有聘用关系',
    name: '卫东',
    idNumber: idNumber('340404', '19900101', '017'),
    phone: '13805540017',
    recorded: null,
    certificates: [c3('cert-noemp-c3', '0084567', 'hfcj', 2021, 600)],
  },
  {
    key: 'left',
    summary: 'C2 在合肥企业，本人已离职、现聘于南京企业：可办跨省转出、证书注销；证书变更与延期复核不能办',
    name: '蒋文',
    idNumber: idNumber('340121', '19860713', '038'),
    phone: '13955130038',
    market: { employer: 'njjs', sinceDaysAgo: 40 },
    certificates: [{ ...c3('cert-left-c2', '0085678', 'hfcj', 2016, 420), category: 'C2' }],
    photo: true,
  },
  {
    key: 'sent-back',
    summary: 'C3，证书注销申请被企业退回（注销原因需写明离职时间），可修改后重新提交或撤回',
    name: '沈佳',
    idNumber: idNumber('340207', '19890527', '046'),
    phone: '13705530046',
    market: { employer: 'whjs', sinceDaysAgo: 1000 },
    certificates: [c3('cert-sentback-c3', '0086789', 'whjs', 2020, 480)],
  },
  {
    key: 'info-change',
    summary: 'C3，企业发起的信息变更（职务、证书照片）正在市级审批',
    name: '韩冰',
    idNumber: idNumber('340502', '19870214', '059'),
    phone: '13855550059',
    market: { employer: 'masj', sinceDaysAgo: 1700 },
    certificates: [c3('cert-infochange-c3', '0087890', 'masj', 2017, 650)],
    photo: true,
  },
  {
    key: 'b-over-age',
    summary: 'B 约 40 天后到期；建造师注册在聘用企业，但本人已过 65 周岁（注册失效）',
    name: '杨德厚',
    idNumber: idNumber('341502', '19580306', '011'),
    phone: '13705640011',
    market: { employer: 'xcaz', sinceDaysAgo: 5000 },
    registration: { level: 2, employer: 'xcaz', registrationNumber: '皖2342009200912345' },
    certificates: [
      {
        id: 'cert-overage-b',
        category: 'B',
        serial: '0088901',
        employer: 'xcaz',
        position: '项目负责人',
        firstYear: 2009,
        validForDays: 40,
      },
    ],
  },
  {
    key: 'result-expired',
    summary:
      'C3 约 40 天后到期（在延期复核期内），继续教育成绩已超过 3 年作废，最近一次考核不合格：延期复核被拒（R14）',
    name: '宋立新',
    idNumber: idNumber('340822', '19800505', '036'),
    phone: '13805560036',
    market: { employer: 'aqej', sinceDaysAgo: 2000 },
    certificates: [
      {
        ...c3('cert-result-c3', '0091234', 'aqej', 2014, 40),
        learning: { passedDaysAgo: 1200, failedDaysAgo: 25, hoursDone: 16 },
      },
    ],
    photo: true,
  },
  {
    key: 'old-code',
    summary: 'C3 约 50 天后到期；证书上的企业记录仍是旧组织机构代码，与聘用关系的信用代码是同一企业',
    name: '朱晓',
    idNumber: idNumber('341802', '19820909', '024'),
    phone: '13855630024',
    market: { employer: 'xcaz', sinceDaysAgo: 3000 },
    certificates: [{ ...c3('cert-oldcode-c3', '0089012', 'xcaz', 2012, 50), oldCode: true }],
    photo: true,
  },
]

/** People on the register who have not used the app: a `demo:new:` user can verify as one of them. */
export const UNBOUND_PEOPLE: SeedPerson[] = [
  {
    name: '吴敏',
    idNumber: idNumber('340502', '19900203', '042'),
    phone: '13855500042',
    market: { employer: 'masj', sinceDaysAgo: 700 },
    certificates: [c3('cert-wumin-c3', '0078456', 'masj', 2019, 540)],
  },
  {
    name: '郑海',
    idNumber: idNumber('340802', '19830716', '057'),
    phone: '13905560057',
    market: { employer: 'aqej', sinceDaysAgo: 1200 },
    registration: { level: 2, employer: 'aqej', registrationNumber: '皖2342020202054321' },
    certificates: [
      {
        id: 'cert-zhenghai-b',
        category: 'B',
        serial: '0089567',
        employer: 'aqej',
        position: '项目负责人',
        firstYear: 2013,
        validForDays: 80,
      },
    ],
  },
  {
    name: '何静',
    idNumber: idNumber('341502', '19920811', '064'),
    phone: '13705640064',
    market: { employer: 'ljjs', sinceDaysAgo: 30 },
    certificates: [],
    national: [
      {
        number: '鲁建安C3（2021）0056789',
        province: '鲁',
        category: 'C3',
        nationalStatus: 'TRANSFERRING_OUT',
        validForDays: 300,
      },
    ],
  },
]

export const DEFAULT_LOGIN_HOLDER = 'valid'

/** Fictional examining and training bodies (示例). */
const EXAM_BODY = '安徽省建设行业安全生产考核中心（示例）'
const TRAINING_BODY = '安徽省建设行业继续教育培训中心（示例）'
/** Continuing-education hours per certificate period in the demo world. */
const HOURS_PER_PERIOD = 24

/**
 * 学习与成绩 of a seeded certificate: the first exam in its first year; a passed continuing-education
 * assessment about ten months into the current period (or, early in a period, the one taken for
 * the renewal that started it); hours of the current and the previous period.
 */
function seedLearning(
  p: SeedPerson,
  c: SeedCertificate,
  record: CertificateRecord,
  today: string,
): { results: ResultRecord[]; periods: StudyPeriodRecord[] } {
  const result = (
    kind: ResultRecord['kind'],
    takenOn: string,
    passed: boolean,
    score: number,
  ): ResultRecord => ({
    idNumber: p.idNumber,
    kind,
    category: c.category,
    takenOn,
    passed,
    score,
    organization: kind === 'FIRST_EXAM' ? EXAM_BODY : TRAINING_BODY,
  })
  const results = [result('FIRST_EXAM', `${c.firstYear}-04-18`, true, 82)]
  const inPeriod = addDays(record.issuedOn, 300)
  const passedOn = c.learning
    ? addDays(today, -c.learning.passedDaysAgo)
    : inPeriod < today
      ? inPeriod
      : addDays(record.issuedOn, -20)
  results.push(result('CONTINUING_EDUCATION', passedOn, true, 86))
  if (c.learning?.failedDaysAgo !== undefined)
    results.push(result('CONTINUING_EDUCATION', addDays(today, -c.learning.failedDaysAgo), false, 52))
  const years = Math.floor(diffDays(today, record.issuedOn) / 365)
  const current: StudyPeriodRecord = {
    certificateId: record.id,
    from: record.issuedOn,
    to: record.validUntil,
    hoursRequired: HOURS_PER_PERIOD,
    hoursDone: c.learning?.hoursDone ?? Math.max(0, Math.min(HOURS_PER_PERIOD, years * 8)),
  }
  const previous: StudyPeriodRecord = {
    certificateId: record.id,
    from: addYears(record.issuedOn, -3),
    to: addDays(record.issuedOn, -1),
    hoursRequired: HOURS_PER_PERIOD,
    hoursDone: HOURS_PER_PERIOD,
  }
  // Before the first issue there was no period to study in.
  return { results, periods: results[0].takenOn < previous.from ? [current, previous] : [current] }
}

/** An instant on a given calendar day (China time), e.g. a refresh "3 days ago at 10:00". */
function at(date: string, time = '10:00:00'): string {
  return new Date(`${date}T${time}${CST}`).toISOString()
}

function buildPerson(p: SeedPerson, today: string, state: State): void {
  const registrations: ConstructorRegistration[] = []
  if (p.registration) {
    const { employer, ...registration } = p.registration
    registrations.push({ ...registration, employerUscc: EMPLOYERS[employer].uscc })
  }
  const person: PersonRecord = { idNumber: p.idNumber, name: p.name, constructorRegistrations: registrations }
  state.people.push(person)
  if (p.market) {
    const market: MarketRecord = {
      idNumber: p.idNumber,
      employer: { ...EMPLOYERS[p.market.employer] },
      since: addDays(today, -p.market.sinceDaysAgo),
    }
    state.market.push(market)
  }
  for (const c of p.certificates) {
    const validUntil = addDays(today, c.validForDays)
    // 3-year periods: the current one began the day after the previous one ended.
    const issuedOn = addDays(addYears(validUntil, -3), 1)
    const record: CertificateRecord = {
      id: c.id,
      idNumber: p.idNumber,
      number: certificateNumber('皖', c.category, String(c.firstYear), c.serial),
      category: c.category,
      employer: c.oldCode ? withOldCode(c.employer) : { ...EMPLOYERS[c.employer] },
      position: c.position,
      issuedOn,
      validUntil,
      recordStatus: c.recordStatus ?? 'ACTIVE',
      province: '皖',
    }
    state.certificates.push(record)
    const learning = seedLearning(p, c, record, today)
    state.results.push(...learning.results)
    state.studyPeriods.push(...learning.periods)
  }
  for (const n of p.national ?? []) {
    state.national.push({
      idNumber: p.idNumber,
      holderName: p.name,
      number: certificateNumber(
        n.province,
        n.category,
        n.number.match(/（(\d{4})）/)?.[1] ?? '2022',
        n.number.slice(-7),
      ),
      province: n.province,
      category: n.category,
      validUntil: addDays(today, n.validForDays),
      nationalStatus: n.nationalStatus,
    })
  }
}

/** A seeded application on a holder's first certificate, submitted `daysAgo` days ago. */
function seededApplication(
  holder: SeedHolder,
  state: State,
  today: string,
  app: { id: string; type: ApplicationType; fields: Record<string, unknown>; daysAgo: number },
): Application {
  const cert = state.certificates.find((c) => c.id === holder.certificates[0]?.id)
  if (!cert) throw new Error(`seed: ${holder.key} has no certificate`)
  const created = at(addDays(today, -app.daysAgo), '09:30:00')
  const filedByCertificateEnterprise = app.type === 'CANCELLATION' || app.type === 'TRANSFER_OUT'
  return {
    id: app.id,
    type: app.type,
    status: 'IN_PROGRESS',
    certificateId: cert.id,
    certificateNumber: cert.number,
    category: cert.category,
    createdAt: created,
    updatedAt: created,
    steps: initialSteps(app.type, created),
    history: initialHistory(app.type, created),
    fields: app.fields,
    ...(filedByCertificateEnterprise ? { filingEmployer: { ...cert.employer } } : {}),
    ...(app.type === 'INFO_CHANGE' ? { employer: { ...cert.employer } } : {}),
  }
}

/** The open applications of the demo world: a renewal at the city, a sent-back cancellation, an 信息变更. */
function seededApplications(holder: SeedHolder, state: State, today: string): Application[] {
  const declared = { noAccidentPenalty: true, noBadConductRecord: true }
  switch (holder.key) {
    case 'open-app': {
      const app = seededApplication(holder, state, today, {
        id: 'app-open-renewal',
        type: 'RENEWAL',
        fields: declared,
        daysAgo: 10,
      })
      return [advanceApplication(app, at(addDays(today, -8), '15:20:00'))]
    }
    case 'sent-back': {
      const app = seededApplication(holder, state, today, {
        id: 'app-sent-back',
        type: 'CANCELLATION',
        fields: { reason: '离职' },
        daysAgo: 6,
      })
      const why = '注销原因请写明离职或退休的时间，并说明今后不再从事安全生产管理工作'
      return [sendBack(app, why, at(addDays(today, -4), '11:05:00'), ['reason'])]
    }
    case 'info-change': {
      const app = seededApplication(holder, state, today, {
        id: 'app-info-change',
        type: 'INFO_CHANGE',
        fields: { position: '安全部经理', photo: true },
        daysAgo: 5,
      })
      return [app]
    }
    default:
      return []
  }
}

export function seedState(today: string, options: { loginDefault?: string } = {}): State {
  const state: State = {
    version: STATE_VERSION,
    clockOffsetMs: 0,
    loginDefault: options.loginDefault ?? DEFAULT_LOGIN_HOLDER,
    people: [],
    certificates: [],
    market: [],
    national: [],
    users: [],
    applications: [],
    idempotency: [],
    uploads: [],
    photos: [],
    verifications: [],
    tokens: [],
    reminderSubscriptions: [],
    statusMessages: [],
    scenes: {
      RENEW2026: { kind: 'apply', type: 'RENEWAL' },
      TRANSFERIN: { kind: 'apply', type: 'TRANSFER_IN' },
      EMPLOY: { kind: 'employment' },
      HOME: { kind: 'home' },
      APPOPEN: { kind: 'application', id: 'app-open-renewal' },
    },
    results: [],
    studyPeriods: [],
    verificationTokens: [],
    nextCertificateSerial: 1,
  }
  for (const p of UNBOUND_PEOPLE) buildPerson(p, today, state)
  for (const h of DEMO_HOLDERS) {
    buildPerson(h, today, state)
    const recorded =
      h.recorded === undefined ? (h.market ? { ...h.market, refreshedDaysAgo: 3 } : null) : h.recorded
    const user: UserRecord = {
      id: `u-${h.key}`,
      loginKey: `demo:${h.key}`,
      holderKey: h.key,
      realName: { name: h.name, idNumber: h.idNumber, phone: h.phone, verifiedAt: at(addDays(today, -200)) },
      photo: null,
      employment: recorded
        ? {
            employer: { ...EMPLOYERS[recorded.employer] },
            since: addDays(today, -recorded.sinceDaysAgo),
            refreshedAt: at(addDays(today, -recorded.refreshedDaysAgo)),
          }
        : null,
      certificatesLinked: true,
      createdAt: at(addDays(today, -200), '09:00:00'),
    }
    if (h.photo) {
      const photo: PhotoRecord = {
        id: `p_seed${h.key.replace(/[^a-z]/g, '')}0000000000000000`.slice(0, 32),
        userId: user.id,
        jpegBase64: seedPortraitBase64(358, 441),
        createdAt: at(addDays(today, -190)),
      }
      state.photos.push(photo)
      user.photo = { photoId: photo.id, uploadedAt: photo.createdAt }
    }
    state.users.push(user)
    for (const app of seededApplications(h, state, today))
      state.applications.push({ ...app, idNumber: h.idNumber })
  }
  return state
}
