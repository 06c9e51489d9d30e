/**
 * Demo data. Every date is relative to the backend clock's today, so the holders stay "expiring",
 * "expired" and so on whatever day the backend runs. ID numbers, USCCs and certificate numbers are
 * built with the domain's own check-character functions, so they pass R11-R13.
 */
import {
  addDays,
  addYears,
  idNumberCheckChar,
  initialSteps,
  advanceApplication,
  parseCertificateNumber,
  usccCheckChar,
  validateIdNumber,
  validateUscc,
} from '../src/domain'
import { seedPortraitBase64 } from './seedPhoto'
import type { CertificateCategory, ConstructorRegistration, Employer } from './model'
import {
  STATE_VERSION,
  type ApplicationRecord,
  type CertificateRecord,
  type MarketRecord,
  type NationalRecord,
  type PersonRecord,
  type PhotoRecord,
  type State,
  type UserRecord,
} from './store'

const CST = '+08:00'

function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`
  const id = first17 + idNumberCheckChar(first17)
  if (!validateIdNumber(id).ok) throw new Error(`seed: invalid ID number for ${region}`)
  return id
}

function uscc(first17: string): string {
  const code = first17 + usccCheckChar(first17)
  if (!validateUscc(code).ok) throw new Error(`seed: invalid USCC ${first17}`)
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

export const EMPLOYERS = {
  ahjg: { name: '安徽建工集团股份有限公司', uscc: uscc('91340100148975314') },
  hfcj: { name: '合肥城建发展股份有限公司', uscc: uscc('91340100149203667') },
  whjs: { name: '芜湖市建设工程有限公司', uscc: uscc('91340200153408921') },
  bbyj: { name: '蚌埠市第一建筑工程有限公司', uscc: uscc('91340300151902334') },
  ahsl: { name: '安徽水利开发有限公司', uscc: uscc('91340000148941608') },
  hljs: { name: '安徽华力建设集团有限公司', uscc: uscc('91340000704937285') },
  ahsj: { name: '安徽三建工程有限公司', uscc: uscc('91340100149061822') },
  masjg: { name: '马鞍山市建工集团有限公司', uscc: uscc('91340500150567143') },
  aqej: { name: '安庆市第二建筑安装工程有限公司', uscc: uscc('91340800152210956') },
} satisfies Record<string, Employer>

type EmployerKey = keyof typeof EMPLOYERS

interface SeedCertificate {
  id: string
  category: CertificateCategory
  serial: string
  employer: EmployerKey
  position: string
  /** days from today to 有效期截止日期 (negative: expired) */
  validForDays: number
}

interface SeedPerson {
  name: string
  idNumber: string
  phone: string
  /** Current employer on the market-supervision platform */
  market?: { employer: EmployerKey; sinceDaysAgo: number }
  certificates: SeedCertificate[]
  registration?: { level: 1 | 2; employer: EmployerKey; registrationNumber: string }
  national?: Array<Omit<NationalRecord, 'idNumber' | 'holderName' | 'validUntil'> & { validForDays: number }>
}

interface SeedHolder extends SeedPerson {
  key: string
  summary: string
  /** 聘用关系 as recorded in the app (default: the market record, refreshed 3 days ago) */
  recorded?: { employer: EmployerKey; sinceDaysAgo: number; refreshedDaysAgo: number }
  photo?: boolean
}

export const DEMO_HOLDERS: SeedHolder[] = [
  {
    key: 'valid',
    summary: 'C3 有效约 2 年，聘用企业一致，已实名、已上传照片',
    name: '张建国',
    idNumber: idNumber('340102', '19780315', '031'),
    phone: '13805510031',
    market: { employer: 'ahjg', sinceDaysAgo: 2200 },
    certificates: [
      {
        id: 'cert-valid-c3',
        category: 'C3',
        serial: '0012345',
        employer: 'ahjg',
        position: '专职安全员',
        validForDays: 730,
      },
    ],
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
    certificates: [
      {
        id: 'cert-expired-c2',
        category: 'C2',
        serial: '0034512',
        employer: 'whjs',
        position: '专职安全员',
        validForDays: -10,
      },
    ],
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
        validForDays: 45,
      },
    ],
  },
  {
    key: 'mismatch',
    summary: 'A 证在企业 X；记录的聘用关系是 X（很久前刷新），市场监管平台现为 Y',
    name: '陈伟',
    idNumber: idNumber('340111', '19750802', '019'),
    phone: '13955110019',
    market: { employer: 'hljs', sinceDaysAgo: 100 },
    recorded: { employer: 'ahsl', sinceDaysAgo: 2500, refreshedDaysAgo: 400 },
    certificates: [
      {
        id: 'cert-mismatch-a',
        category: 'A',
        serial: '0056234',
        employer: 'ahsl',
        position: '总经理',
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
    market: { employer: 'ahjg', sinceDaysAgo: 900 },
    certificates: [
      {
        id: 'cert-open-app-c1',
        category: 'C1',
        serial: '0022334',
        employer: 'ahjg',
        position: '专职安全员',
        validForDays: 50,
      },
    ],
  },
  {
    key: 'transfer-in',
    summary: '无安徽证书；全国平台上苏建安C2已「办理转出」（约 500 天有效），浙建安C3未转出；现聘于安徽企业',
    name: '孙丽',
    idNumber: idNumber('320102', '19860525', '048'),
    phone: '13951600048',
    market: { employer: 'ahsj', sinceDaysAgo: 60 },
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
    market: { employer: 'ahjg', sinceDaysAgo: 1600 },
    certificates: [
      {
        id: 'cert-renewal-ready-c2',
        category: 'C2',
        serial: '0067345',
        employer: 'ahjg',
        position: '专职安全员',
        validForDays: 30,
      },
    ],
    photo: true,
  },
]

/** People on the register who have not used the app: a `demo:new:` user can verify as one of them. */
export const UNBOUND_PEOPLE: SeedPerson[] = [
  {
    name: '吴敏',
    idNumber: idNumber('340502', '19900203', '042'),
    phone: '13855500042',
    market: { employer: 'masjg', sinceDaysAgo: 700 },
    certificates: [
      {
        id: 'cert-wumin-c3',
        category: 'C3',
        serial: '0078456',
        employer: 'masjg',
        position: '专职安全员',
        validForDays: 540,
      },
    ],
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
        validForDays: 80,
      },
    ],
  },
  {
    name: '何静',
    idNumber: idNumber('341502', '19920811', '064'),
    phone: '13705640064',
    market: { employer: 'ahjg', sinceDaysAgo: 30 },
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

/** An instant on a given calendar day (China time), e.g. a refresh "3 days ago at 10:00". */
function at(date: string, time = '10:00:00'): string {
  return new Date(`${date}T${time}${CST}`).toISOString()
}

function buildPerson(p: SeedPerson, today: string, state: State): void {
  const registrations: ConstructorRegistration[] = p.registration
    ? [
        {
          level: p.registration.level,
          employerUscc: EMPLOYERS[p.registration.employer].uscc,
          registrationNumber: p.registration.registrationNumber,
        },
      ]
    : []
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
    // 3-year certificates: issued the day after the previous period ended.
    const issuedOn = addDays(addYears(validUntil, -3), 1)
    const record: CertificateRecord = {
      id: c.id,
      idNumber: p.idNumber,
      number: certificateNumber('皖', c.category, issuedOn.slice(0, 4), c.serial),
      category: c.category,
      employer: { ...EMPLOYERS[c.employer] },
      position: c.position,
      issuedOn,
      validUntil,
      recordStatus: 'ACTIVE',
      province: '皖',
    }
    state.certificates.push(record)
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

/** The open RENEWAL of `open-app`: submitted 10 days ago, the employer forwarded it 8 days ago. */
function openApplication(holder: SeedHolder, today: string): ApplicationRecord {
  const cert = holder.certificates[0]
  const created = at(addDays(today, -10), '09:30:00')
  const number = certificateNumber(
    '皖',
    cert.category,
    addDays(addYears(addDays(today, cert.validForDays), -3), 1).slice(0, 4),
    cert.serial,
  )
  const app: ApplicationRecord = {
    id: 'app-open-renewal',
    idNumber: holder.idNumber,
    type: 'RENEWAL',
    status: 'IN_PROGRESS',
    certificateId: cert.id,
    certificateNumber: number,
    category: cert.category,
    createdAt: created,
    updatedAt: created,
    steps: initialSteps('RENEWAL', created),
    fields: { noAccidentPenalty: true, noBadConductRecord: true },
  }
  const advanced = advanceApplication(app, at(addDays(today, -8), '15:20:00'))
  return { ...advanced, idNumber: holder.idNumber }
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
    nextCertificateSerial: 1,
  }
  for (const p of UNBOUND_PEOPLE) buildPerson(p, today, state)
  for (const h of DEMO_HOLDERS) {
    buildPerson(h, today, state)
    const recorded = h.recorded ?? (h.market ? { ...h.market, refreshedDaysAgo: 3 } : undefined)
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
    if (h.key === 'open-app') state.applications.push(openApplication(h, today))
  }
  return state
}
