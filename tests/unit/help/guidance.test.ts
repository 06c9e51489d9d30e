/**
 * Every refusal has guidance: each error code of the contract (and of the client), each eligibility
 * reason code and guide topic, and each kind of fix. The lists come from their sources of truth
 * (the OpenAPI document, the domain modules, the rules' source), so a new code without an entry
 * fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ERROR_CODES, ERROR_MESSAGES } from '../../../src/domain/errors'
import type { FixAction } from '../../../src/domain/eligibility'
import { GUIDE_TOPICS } from '../../../src/guidance/guides'
import { FAQ_IDS, faqEntry } from '../../../src/guidance/faq'
import {
  APPLY_FAQ,
  FALLBACK_GUIDANCE,
  GUIDANCE,
  faqForFix,
  faqForReason,
  guidanceFor,
  helpUrlFor,
  isGuidanceKey,
} from '../../../src/guidance/refusals'
import { anyPageGuidanceFor } from '../../../src/guidance/refusals/anyPage'
import { CLIENT_ERROR_CODES } from '../../../src/services/errors'
import { isDeclaredPage } from './pages'

type Dict = Record<string, any>

const ROOT = join(__dirname, '../../..')
const openapi: Dict = parse(readFileSync(join(ROOT, 'backend/openapi.yaml'), 'utf8'))
const schemas: Dict = openapi.components.schemas

const contractErrorCodes: string[] = schemas.ErrorCode.enum
const contractGuideTopics: string[] = schemas.GuideTopic.enum
/** EligibilityReasonCode: the ErrorCode enum plus the warnings' own constants. */
const contractReasonCodes: string[] = (schemas.EligibilityReasonCode.anyOf as Dict[]).flatMap((s) =>
  s.$ref === '#/components/schemas/ErrorCode'
    ? contractErrorCodes
    : s.const !== undefined
      ? [s.const]
      : (s.enum ?? []),
)
const contractFixKinds: string[] = Object.keys(schemas.FixAction.discriminator.mapping)

/** The codes the rules actually use, read from their source. */
const ruleSource = readFileSync(join(ROOT, 'src/domain/eligibility.ts'), 'utf8')
const codesInRules = [...ruleSource.matchAll(/\bcode: '([A-Z_]+)'/g)].map((m) => m[1])
const topicsInRules = [...ruleSource.matchAll(/\btopic: '([A-Z_]+)'/g)].map((m) => m[1])

const missing = (codes: readonly string[]) => codes.filter((c) => !isGuidanceKey(c))

describe('guidance table', () => {
  it('the client knows exactly the contract’s error codes', () => {
    expect([...ERROR_CODES].sort()).toEqual([...contractErrorCodes].sort())
  })

  it('has an entry for every error code of the contract', () => {
    expect(contractErrorCodes.length).toBeGreaterThan(0)
    expect(missing(contractErrorCodes)).toEqual([])
    expect(missing(ERROR_CODES)).toEqual([])
  })

  it('has an entry for every client-side error code', () => {
    expect(missing(CLIENT_ERROR_CODES)).toEqual([])
  })

  it('has an entry for every eligibility reason code and guide topic', () => {
    expect(contractReasonCodes).toContain('TRANSFER_IN_EXPIRING')
    expect(missing(contractReasonCodes)).toEqual([])
    expect(codesInRules.length).toBeGreaterThan(5)
    expect(missing(codesInRules)).toEqual([])
    expect(missing(contractGuideTopics)).toEqual([])
    expect(missing(GUIDE_TOPICS)).toEqual([])
    expect(missing(topicsInRules)).toEqual([])
  })

  it('has nothing but those codes', () => {
    const known = new Set([
      ...contractErrorCodes,
      ...CLIENT_ERROR_CODES,
      ...contractReasonCodes,
      ...contractGuideTopics,
    ])
    expect(Object.keys(GUIDANCE).filter((k) => !known.has(k))).toEqual([])
    expect(Object.keys(GUIDANCE)).toHaveLength(known.size)
  })

  it('maps every kind of fix to an FAQ entry', () => {
    const samples: Record<string, FixAction> = {
      realname: { kind: 'realname' },
      photo: { kind: 'photo' },
      refreshEmployment: { kind: 'refreshEmployment' },
      openApplication: { kind: 'openApplication', applicationId: 'app-1' },
      apply: { kind: 'apply', type: 'RENEWAL' },
      guide: { kind: 'guide', topic: 'FORCED_TRANSFER' },
      waitUntil: { kind: 'waitUntil', date: '2030-01-01' },
      editField: { kind: 'editField', field: 'validUntil' },
    }
    expect(Object.keys(samples).sort()).toEqual([...contractFixKinds].sort())
    for (const kind of contractFixKinds) expect(FAQ_IDS).toContain(faqForFix(samples[kind]))
    for (const type of schemas.HolderApplicationType.enum as (keyof typeof APPLY_FAQ)[]) {
      expect(FAQ_IDS).toContain(APPLY_FAQ[type])
    }
    for (const topic of GUIDE_TOPICS) expect(faqForFix({ kind: 'guide', topic })).toBe(GUIDANCE[topic].faq)
  })

  it('gives each entry a Chinese explanation, a next step that exists, and an FAQ entry', () => {
    for (const [code, g] of Object.entries(GUIDANCE)) {
      expect([code, g.explanation]).toEqual([code, expect.stringMatching(/[\u4e00-\u9fff]/)])
      expect([code, FAQ_IDS.includes(g.faq)]).toEqual([code, true])
      if (g.next.kind === 'go') {
        expect([code, g.next.label]).toEqual([code, expect.stringMatching(/[\u4e00-\u9fff]/)])
        expect([code, isDeclaredPage(g.next.url)]).toEqual([code, true])
      } else {
        expect([code, g.next.text]).toEqual([code, expect.stringMatching(/[\u4e00-\u9fff]/)])
      }
    }
  })

  it('explains rather than repeats the refusal’s own message', () => {
    for (const code of ERROR_CODES) expect(GUIDANCE[code].explanation).not.toBe(ERROR_MESSAGES[code])
  })

  it('points the refusals of the brief at the right entries and places', () => {
    expect(GUIDANCE.EMPLOYER_MISMATCH.faq).toBe('employer-mismatch')
    expect(GUIDANCE.EMPLOYER_MISMATCH.next).toMatchObject({ kind: 'go', url: '/pages/mine/index' })
    expect(GUIDANCE.OPEN_APPLICATION_EXISTS.next).toMatchObject({ kind: 'go', url: '/pages/work/index' })
    expect(GUIDANCE.REALNAME_REQUIRED.next).toMatchObject({
      kind: 'go',
      url: '/packages/identity/realname/index',
    })
    expect(GUIDANCE.PHOTO_REJECTED.next).toMatchObject({ kind: 'go', url: '/packages/identity/photo/index' })
    expect(GUIDANCE.NETWORK.next.kind).toBe('offline')
    expect(faqEntry(GUIDANCE.CONSTRUCTOR_REGISTRATION_MISSING.faq).question).toContain('建造师')
  })

  it('falls back to general help for a code it does not know', () => {
    expect(guidanceFor('SOMETHING_NEW')).toBe(FALLBACK_GUIDANCE)
    expect(guidanceFor(undefined)).toBe(FALLBACK_GUIDANCE)
    expect(guidanceFor('toString')).toBe(FALLBACK_GUIDANCE)
    expect(helpUrlFor('EMPLOYER_MISMATCH')).toBe('/packages/help/faq/index?topic=employer-mismatch')
    expect(faqForReason({ code: 'SOMETHING_NEW', fix: { kind: 'photo' } })).toBe('photo-why')
    expect(faqForReason({ code: 'SOMETHING_NEW' })).toBe(FALLBACK_GUIDANCE.faq)
    expect(faqForReason({ code: 'OPEN_APPLICATION_EXISTS', fix: { kind: 'photo' } })).toBe('one-at-a-time')
  })
})

describe('what a page shows when a read fails (the part of the table the tab pages carry)', () => {
  const readFailures = ['NETWORK', 'TIMEOUT', 'BAD_RESPONSE', 'UNAUTHENTICATED', 'RATE_LIMITED', 'INTERNAL']
  it.each([...readFailures, 'SERVICE_UNAVAILABLE', 'REALNAME_REQUIRED', 'NOT_FOUND', 'ABORTED'])(
    '%s reads the same as in the whole table',
    (code) => {
      expect(anyPageGuidanceFor(code)).toBe(GUIDANCE[code as keyof typeof GUIDANCE])
    },
  )

  it('every failure of the fault matrix has its own guidance on a tab page, not the general help', () => {
    for (const code of readFailures) expect(anyPageGuidanceFor(code)).not.toBe(FALLBACK_GUIDANCE)
  })

  it('a code met only when filing gets general help on a page that was only reading', () => {
    expect(anyPageGuidanceFor('EMPLOYER_MISMATCH')).toBe(FALLBACK_GUIDANCE)
    expect(anyPageGuidanceFor(undefined)).toBe(FALLBACK_GUIDANCE)
    expect(anyPageGuidanceFor('toString')).toBe(FALLBACK_GUIDANCE)
  })
})
