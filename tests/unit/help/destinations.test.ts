/**
 * One destinations table for every next step: each place the refusal table, the 常见问题 answers,
 * the 办理说明 topics and the fix buttons lead to is a place of the table, named in Chinese and
 * opening a page the app declares; and the table holds nothing that nobody uses.
 */
import type { FixAction, GuideTopic } from '../../../src/domain/eligibility'
import type { HolderApplicationType } from '../../../src/domain/types'
import {
  APPLY_DESTINATIONS,
  DESTINATIONS,
  DESTINATION_IDS,
  GUIDE_DESTINATIONS,
  applicationDestination,
  fixDestination,
  isDestination,
  type Destination,
  type DestinationId,
} from '../../../src/guidance/destinations'
import { FAQ_ENTRIES } from '../../../src/guidance/faq'
import { GUIDES, GUIDE_TOPICS } from '../../../src/guidance/guides'
import { FALLBACK_GUIDANCE, GUIDANCE } from '../../../src/guidance/refusals'
import { ROUTES, TAB_ROUTES } from '../../../src/routes'
import { isDeclaredPage } from './pages'

const CHINESE = /[\u4e00-\u9fff]/
const APPLY_TYPES = Object.keys(APPLY_DESTINATIONS) as HolderApplicationType[]

/** One fix of every kind, and one per application type and guide topic. */
const FIXES: FixAction[] = [
  { kind: 'realname' },
  { kind: 'photo' },
  { kind: 'refreshEmployment' },
  { kind: 'openApplication', applicationId: 'app 1' },
  { kind: 'waitUntil', date: '2030-01-01' },
  { kind: 'editField', field: 'validUntil' },
  ...APPLY_TYPES.map((type): FixAction => ({ kind: 'apply', type })),
  ...GUIDE_TOPICS.map((topic): FixAction => ({ kind: 'guide', topic })),
]

/** The place each user of the table leads to, named by who uses it. */
function uses(): { where: string; to: unknown }[] {
  return [
    ...Object.entries(GUIDANCE)
      .filter(([, g]) => g.next.kind === 'go')
      .map(([code, g]) => ({ where: `refusal ${code}`, to: g.next })),
    ...(FALLBACK_GUIDANCE.next.kind === 'go'
      ? [{ where: 'refusal fallback', to: FALLBACK_GUIDANCE.next }]
      : []),
    ...FAQ_ENTRIES.map((e) => ({ where: `FAQ ${e.id}`, to: e.action })),
    ...Object.entries(GUIDES).flatMap(([topic, g]) =>
      (g.actions ?? []).map((a) => ({ where: `guide ${topic}`, to: a })),
    ),
    ...FIXES.map((fix) => ({ where: `fix ${JSON.stringify(fix)}`, to: fixDestination(fix) })).filter(
      (u) => u.to !== null && (u.to as { id: string }).id !== 'application',
    ),
  ]
}

/** The table's place a use names (by id), or undefined when the id is not in the table. */
function placeOf(to: unknown): Destination | undefined {
  const id = (to as { id?: string }).id
  return id && (DESTINATION_IDS as string[]).includes(id) ? DESTINATIONS[id as DestinationId] : undefined
}

describe('destinations table', () => {
  it('names every place in Chinese and opens a page the app declares', () => {
    expect(DESTINATION_IDS.length).toBeGreaterThan(10)
    for (const id of DESTINATION_IDS) {
      const d = DESTINATIONS[id]
      expect([id, d.id]).toEqual([id, id])
      expect([id, d.label.trim().length > 0 && CHINESE.test(d.label)]).toEqual([id, true])
      expect([id, d.url, isDeclaredPage(d.url)]).toEqual([id, d.url, true])
    }
  })

  it('routes only through the app’s route table', () => {
    const tabs: string[] = Object.values(TAB_ROUTES)
    const builders = [
      ROUTES.realname,
      ROUTES.photo,
      ROUTES.apply('RENEWAL'),
      ROUTES.guide('RETAKE_EXAM'),
      ROUTES.help(),
    ]
    for (const id of DESTINATION_IDS) {
      const path = DESTINATIONS[id].url.split('?')[0]
      expect([id, tabs.includes(path) || builders.some((b) => b.split('?')[0] === path)]).toEqual([id, true])
    }
  })

  it('has one place per button: no two places share both words and page', () => {
    const pairs = DESTINATION_IDS.map((id) => `${DESTINATIONS[id].label} → ${DESTINATIONS[id].url}`)
    expect(new Set(pairs).size).toBe(pairs.length)
    const labels = DESTINATION_IDS.map((id) => DESTINATIONS[id].label)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('is where every refusal, FAQ answer, 办理说明 topic and fix leads', () => {
    const all = uses()
    expect(all.length).toBeGreaterThan(60)
    for (const { where, to } of all) {
      const place = placeOf(to)
      expect([where, place?.id ?? 'not in the table']).toEqual([where, (to as { id?: string }).id])
      // The very words and page of the table, not a copy that could drift.
      expect([where, to]).toEqual([where, expect.objectContaining({ label: place!.label, url: place!.url })])
      expect([where, CHINESE.test(place!.label), isDeclaredPage(place!.url)]).toEqual([where, true, true])
    }
  })

  it('is used by content as the table’s own objects', () => {
    for (const e of FAQ_ENTRIES) expect([e.id, isDestination(e.action)]).toEqual([e.id, true])
    for (const [topic, g] of Object.entries(GUIDES)) {
      for (const a of g.actions ?? []) expect([topic, a.id, isDestination(a)]).toEqual([topic, a.id, true])
    }
    expect(isDestination({ ...DESTINATIONS.home })).toBe(false)
    expect(isDestination({ id: 'nowhere', label: '去', url: TAB_ROUTES.home })).toBe(false)
    expect(isDestination(null)).toBe(false)
  })

  it('holds no place that nothing leads to', () => {
    const used = new Set(uses().map((u) => (u.to as { id: string }).id))
    expect(DESTINATION_IDS.filter((id) => !used.has(id))).toEqual([])
  })
})

describe('fix destinations', () => {
  it('opens the form of every application type and the 办理说明 of every topic', () => {
    for (const type of APPLY_TYPES) {
      expect(fixDestination({ kind: 'apply', type })).toBe(APPLY_DESTINATIONS[type])
      expect(APPLY_DESTINATIONS[type].url).toBe(ROUTES.apply(type))
    }
    for (const topic of GUIDE_TOPICS) {
      expect(fixDestination({ kind: 'guide', topic })).toBe(GUIDE_DESTINATIONS[topic])
      expect(GUIDE_DESTINATIONS[topic].url).toBe(ROUTES.guide(topic))
    }
    expect(Object.keys(GUIDE_DESTINATIONS).sort()).toEqual([...GUIDE_TOPICS].sort())
  })

  it('opens 实名认证, 证件照 and the open application, and leaves in-place fixes to the button', () => {
    expect(fixDestination({ kind: 'realname' })?.url).toBe(ROUTES.realname)
    expect(fixDestination({ kind: 'photo' })?.url).toBe(ROUTES.photo)
    const open = fixDestination({ kind: 'openApplication', applicationId: 'app 1' })
    expect(open).toEqual(applicationDestination('app 1'))
    expect(open?.url).toBe(ROUTES.applicationDetail('app 1'))
    expect(open?.label).toMatch(CHINESE)
    expect(isDeclaredPage(open!.url)).toBe(true)
    for (const fix of FIXES.filter((f) => ['refreshEmployment', 'editField', 'waitUntil'].includes(f.kind))) {
      expect(fixDestination(fix)).toBeNull()
    }
  })

  it('leads each guide topic’s refusal to that topic’s 办理说明', () => {
    const topics: GuideTopic[] = [...GUIDE_TOPICS]
    for (const topic of topics) {
      const next = GUIDANCE[topic].next
      expect([topic, next.kind === 'go' && next.url]).toEqual([topic, ROUTES.guide(topic)])
    }
  })
})
