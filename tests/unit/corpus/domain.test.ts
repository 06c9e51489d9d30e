/**
 * The bad-input corpus through the domain validators: the rules the client runs as it is typed and
 * the backend runs as the authority. A throw, an acceptance that should be a refusal, a refusal that
 * should be an acceptance, or a message other than the expected one fails its case.
 */
import {
  parseCertificateNumber,
  parseLaunchQuery,
  validateApplicationFields,
  validateIdNumber,
  validateUscc,
} from '../../../src/domain'
import { validatePersonName, validatePhone } from '../../../src/domain/person'
import {
  CERTIFICATE_NUMBER_CASES,
  CORPUS_TODAY,
  DATE_CASES,
  FORM_CORPUS,
  ID_NUMBER_CASES,
  IMAGE_CASES,
  LAUNCH_NOTICE,
  NAME_CASES,
  PHONE_CASES,
  Q_CASES,
  REASON_CASES,
  ROUTE_CASES,
  SCENE_CASES,
  TRANSFER_IN_SOURCE,
  USCC_CASES,
  type CertificateNumberCase,
  type LaunchCase,
  type TextCase,
} from '../../fixtures/corpus'
import { CHINESE, matches, Tally } from './tally'

type Verdict = { ok: true; value: unknown } | { ok: false; message: string }

const tally = new Tally('bad-input corpus through the domain validators')
afterAll(() => tally.print())

/** What the case expects of a verdict; returns a description of the difference, or null. */
function difference(c: TextCase, verdict: Verdict): string | null {
  if (c.expect === 'accept') {
    if (!verdict.ok) return `refused with 「${verdict.message}」`
    const value = c.value ?? c.input
    return verdict.value === value
      ? null
      : `accepted as ${JSON.stringify(verdict.value)}, not ${JSON.stringify(value)}`
  }
  if (verdict.ok) return `accepted as ${JSON.stringify(verdict.value)}`
  if (!CHINESE.test(verdict.message)) return `message without Chinese: 「${verdict.message}」`
  return matches(verdict.message, c.message)
    ? null
    : `message 「${verdict.message}」, expected 「${String(c.message)}」`
}

function run(category: string, cases: TextCase[], validate: (c: TextCase) => Verdict): void {
  tally.addAll(category, cases)
  describe(category, () => {
    test.each(cases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
      expect(difference(c, validate(c))).toBeNull()
    })
  })
}

const simple = (r: { ok: true; value: unknown } | { ok: false; message: string }): Verdict =>
  r.ok ? { ok: true, value: r.value } : { ok: false, message: r.message }

function field(type: 'TRANSFER_IN' | 'CANCELLATION', fields: Record<string, unknown>, name: string): Verdict {
  const r = validateApplicationFields(type, fields, CORPUS_TODAY)
  if (!r.ok && r.fieldErrors[name] !== undefined) return { ok: false, message: r.fieldErrors[name] }
  if (!r.ok) throw new Error(`another field was refused: ${JSON.stringify(r.fieldErrors)}`)
  return { ok: true, value: r.value[name] }
}

run('idNumber', ID_NUMBER_CASES, (c) => simple(validateIdNumber(c.input, CORPUS_TODAY)))
run('name', NAME_CASES, (c) => simple(validatePersonName(c.input)))
run('phone', PHONE_CASES, (c) => simple(validatePhone(c.input)))
run('certificateNumber', CERTIFICATE_NUMBER_CASES, (c) => simple(parseCertificateNumber(c.input)))
run('uscc', USCC_CASES, (c) => simple(validateUscc(c.input)))
run('date', DATE_CASES, (c) =>
  field(
    'TRANSFER_IN',
    { sourceNumber: TRANSFER_IN_SOURCE, sourceProvince: '江苏省', category: 'C2', validUntil: c.input },
    'validUntil',
  ),
)
run('reason', REASON_CASES, (c) => field('CANCELLATION', { reason: c.input }, 'reason'))

describe('certificateNumber in the 跨省转入 form', () => {
  const asTransferIn = (c: CertificateNumberCase): TextCase =>
    c.transferIn !== undefined ? { ...c, expect: 'refuse', message: c.transferIn } : c
  test.each(CERTIFICATE_NUMBER_CASES.map((c) => [c.note, asTransferIn(c)] as const))('%s', (_note, c) => {
    const parsed = parseCertificateNumber(c.input)
    const verdict = field(
      'TRANSFER_IN',
      {
        sourceNumber: c.input,
        sourceProvince: parsed.ok ? parsed.province : '江苏省',
        category: parsed.ok ? parsed.category : 'C2',
        validUntil: '2026-06-30',
      },
      'sourceNumber',
    )
    expect(difference(c, verdict)).toBeNull()
  })
})

function runLaunch(category: 'scene' | 'q', cases: LaunchCase[]): void {
  tally.addAll(category, cases)
  describe(category, () => {
    test.each(cases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
      const destination = parseLaunchQuery({ [category]: c.input })
      if (c.expect === 'accept') expect(destination).toEqual(c.destination)
      else {
        expect(destination).toEqual({ kind: 'home', notice: LAUNCH_NOTICE })
        expect(matches(destination.kind === 'home' ? destination.notice : undefined, c.message)).toBe(true)
      }
    })
  })
}
runLaunch('scene', SCENE_CASES)
runLaunch('q', Q_CASES)

describe('the corpus itself', () => {
  test('has at least 300 cases, with valid ones in every form category', () => {
    const all = [
      ...ID_NUMBER_CASES,
      ...NAME_CASES,
      ...PHONE_CASES,
      ...CERTIFICATE_NUMBER_CASES,
      ...USCC_CASES,
      ...DATE_CASES,
      ...REASON_CASES,
      ...IMAGE_CASES,
      ...SCENE_CASES,
      ...Q_CASES,
      ...ROUTE_CASES,
    ]
    expect(all.length).toBeGreaterThanOrEqual(300)
    for (const category of ['idNumber', 'name', 'phone', 'reason', 'certificateNumber', 'date'] as const) {
      const cases = FORM_CORPUS.filter((c) => c.category === category)
      expect(cases.some((c) => c.expect === 'accept')).toBe(true)
      expect(cases.some((c) => c.expect === 'refuse')).toBe(true)
    }
  })

  test('the form-level export is plain data', () => {
    expect(JSON.parse(JSON.stringify(FORM_CORPUS))).toEqual(FORM_CORPUS)
    for (const c of FORM_CORPUS) {
      if (c.expect === 'refuse') expect(c.message ?? c.messagePattern).toBeDefined()
    }
  })
})
