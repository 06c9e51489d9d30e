/**
 * The reference backend's whole world in one JSON-serialisable object: the provincial records
 * (people, certificates), the other platforms it reads (market supervision, national), the app's
 * users and their sessions, applications and idempotency records. Optionally persisted to a file
 * with atomic writes (temp file + rename), so a crash never leaves half a state behind. The file
 * holds full ID numbers: it is readable by its owner only (0600) and written only when the state
 * has changed.
 */
import { createHash, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type {
  Application,
  AssessmentKind,
  ApplicationStatus,
  ApplicationType,
  CertificateCategory,
  CertificateChange,
  CertificateRecordStatus,
  ConstructorRegistration,
  Employer,
  Employment,
  HolderPhoto,
  LaunchTarget,
  ReminderKind,
} from './model'

export const STATE_VERSION = 4

/** A person on the province's register, whether or not they use the app. */
export interface PersonRecord {
  idNumber: string
  name: string
  constructorRegistrations: ConstructorRegistration[]
}

/** A provincial certificate record (Anhui, 皖). */
export interface CertificateRecord {
  id: string
  idNumber: string
  number: string
  category: CertificateCategory
  employer: Employer
  position?: string
  /** The photo on the certificate (an 信息变更 puts the holder's 蓝底证件照 there) */
  photoId?: string
  issuedOn: string
  validUntil: string
  recordStatus: CertificateRecordStatus
  province: string
  /** 变更记录, oldest first */
  changes?: CertificateChange[]
  /** When the authority last changed the record outside an application (注销, 暂扣, 恢复) */
  updatedAt?: string
}

/** The market-supervision platform's current employment record for a person. */
export interface MarketRecord {
  idNumber: string
  employer: Employer
  since: string
}

/** A certificate on the national platform (any province), as seen by a transfer in. */
export interface NationalRecord {
  idNumber: string
  holderName: string
  number: string
  province: string
  category: CertificateCategory
  validUntil: string
  nationalStatus: 'ACTIVE' | 'TRANSFERRING_OUT' | 'CANCELLED'
}

/** An exam or continuing-education result on the province's register (学习与成绩, R14). */
export interface ResultRecord {
  idNumber: string
  kind: AssessmentKind
  category: CertificateCategory
  takenOn: string
  passed: boolean
  score?: number
  organization: string
}

/** Continuing-education hours of one certificate period. */
export interface StudyPeriodRecord {
  certificateId: string
  from: string
  to: string
  hoursRequired: number
  hoursDone: number
}

/**
 * The token in a certificate's verification QR code. Random, never derived from the certificate id
 * or the ID number; kept in clear because the holder is shown it again (it opens a public page with
 * masked data only). A replaced token stays, revoked, so its page can say it was replaced.
 */
export interface VerificationTokenRecord {
  token: string
  certificateId: string
  issuedAt: string
  revokedAt?: string
}

/** A WeChat user of the app. */
export interface UserRecord {
  id: string
  /** The login identity: a demo code or the WeChat openid stand-in */
  loginKey: string
  /** Seeded demo holders only */
  holderKey?: string
  realName: { name: string; idNumber: string; phone: string; verifiedAt: string } | null
  photo: { photoId: string; uploadedAt: string } | null
  /** 聘用关系 as last refreshed into the app */
  employment: Employment | null
  /** Certificates appear once the person refreshes them (or for seeded holders) */
  certificatesLinked: boolean
  createdAt: string
}

/** Applications belong to the ID number (R2 counts per person, not per WeChat account). */
export interface ApplicationRecord extends Application {
  idNumber: string
}

export interface IdempotencyRecord {
  userId: string
  key: string
  operationId: string
  bodyHash: string
  applicationId: string
  createdAt: string
}

export interface UploadRecord {
  userId: string
  uploadId: string
  result: HolderPhoto
  createdAt: string
}

export interface PhotoRecord {
  id: string
  userId: string
  jpegBase64: string
  createdAt: string
}

export interface VerificationRecord {
  id: string
  userId: string
  name: string
  idNumber: string
  phone: string
  createdAt: string
  expiresAt: string
  confirmedAt?: string
  /** Real time (ms) of the start: the daily limits count starts in real time, not on the demo clock */
  startedAtMs?: number
  /** Confirmations refused because the face check did not pass */
  failures?: number
  /** Ended before confirmation: a newer start replaced it, or too many failed confirmations */
  closed?: { at: string; reason: 'superseded' | 'failures' }
}

export interface TokenRecord {
  /** sha256 of the token: the state file never holds a usable token */
  tokenHash: string
  userId: string
  issuedAt: string
  expiresAt: string
  revoked: boolean
}

/** Which WeChat subscription messages a user accepted (the latest answer wins). */
export interface ReminderSubscriptionRecord {
  userId: string
  kinds: ReminderKind[]
  subscribedAt: string
  updatedAt: string
}

/** A status-change message the backend would have sent for an application. */
export interface StatusMessageRecord {
  id: string
  idNumber: string
  applicationId: string
  type: ApplicationType
  status: ApplicationStatus
  /** The step now waiting, when there is one */
  step?: string
  /** Whether the holder had accepted status reminders at that moment */
  subscribed: boolean
  at: string
}

export interface State {
  version: number
  clockOffsetMs: number
  loginDefault: string
  people: PersonRecord[]
  certificates: CertificateRecord[]
  market: MarketRecord[]
  national: NationalRecord[]
  users: UserRecord[]
  applications: ApplicationRecord[]
  idempotency: IdempotencyRecord[]
  uploads: UploadRecord[]
  photos: PhotoRecord[]
  verifications: VerificationRecord[]
  tokens: TokenRecord[]
  reminderSubscriptions: ReminderSubscriptionRecord[]
  statusMessages: StatusMessageRecord[]
  scenes: Record<string, LaunchTarget>
  results: ResultRecord[]
  studyPeriods: StudyPeriodRecord[]
  verificationTokens: VerificationTokenRecord[]
  /** Serial numbers handed out for certificates created by transfers in */
  nextCertificateSerial: number
}

export function randomId(prefix: string, bytes = 12): string {
  return `${prefix}${randomBytes(bytes).toString('hex')}`
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Stable JSON (sorted keys) so that equal bodies hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export class Store {
  state: State
  private readonly file?: string
  private tempCounter = 0
  /** What the file holds now (as written or read), to skip writes that would change nothing */
  private written: string | null

  constructor(state: State, file?: string, written: string | null = null) {
    this.state = state
    this.file = file
    this.written = written
  }

  /**
   * Reads a saved state; null when there is none or it is from another version. An existing file
   * is made readable by its owner only, also when it is not going to be written again.
   */
  static readFile(file: string): { state: State; text: string } | null {
    if (!existsSync(file)) return null
    chmodSync(file, 0o600)
    const text = readFileSync(file, 'utf8')
    const parsed = JSON.parse(text) as State
    return parsed && parsed.version === STATE_VERSION ? { state: parsed, text } : null
  }

  replace(state: State): void {
    this.state = state
  }

  /**
   * Atomic: a reader (or a crash) sees the old file or the new one, never a torn write. The new
   * file is created 0600; nothing is written when the state is what the file already holds.
   */
  save(): void {
    if (!this.file) return
    const text = JSON.stringify(this.state)
    if (text === this.written) return
    const temp = `${this.file}.${process.pid}.${++this.tempCounter}.tmp`
    writeFileSync(temp, text, { mode: 0o600 })
    renameSync(temp, this.file)
    this.written = text
  }

  user(id: string): UserRecord | undefined {
    return this.state.users.find((u) => u.id === id)
  }

  person(idNumber: string): PersonRecord | undefined {
    return this.state.people.find((p) => p.idNumber === idNumber)
  }

  application(id: string): ApplicationRecord | undefined {
    return this.state.applications.find((a) => a.id === id)
  }

  certificate(id: string): CertificateRecord | undefined {
    return this.state.certificates.find((c) => c.id === id)
  }
}

/**
 * Serialises work per key (per user): two concurrent submits with the same Idempotency-Key
 * run one after the other, so the second finds the first's record.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const next = previous.then(task, task)
    const tail = next.catch(() => undefined)
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return next
  }
}
