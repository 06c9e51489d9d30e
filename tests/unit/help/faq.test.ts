import { PHOTO_PROBLEMS } from '../../../src/domain/photo'
import {
  FAQ_ENTRIES,
  FAQ_GROUPS,
  FAQ_IDS,
  faqEntry,
  groupEntries,
  isFaqId,
  normalizeText,
  searchFaq,
  searchTerms,
} from '../../../src/guidance/faq'
import { PHOTO_EXAMPLES } from '../../../src/guidance/photoExamples'
import { ROUTES, TAB_ROUTES } from '../../../src/routes'
import { DECLARED_PAGES, isDeclaredPage } from './pages'

const ids = (query: string) => searchFaq(query).map((e) => e.id)

describe('常见问题 content', () => {
  it('has one entry per id, each in a known group', () => {
    expect(FAQ_ENTRIES.map((e) => e.id).sort()).toEqual([...FAQ_IDS].sort())
    expect(new Set(FAQ_ENTRIES.map((e) => e.id)).size).toBe(FAQ_ENTRIES.length)
    const groups = FAQ_GROUPS.map((g) => g.id) as string[]
    for (const e of FAQ_ENTRIES) expect(groups).toContain(e.group)
    for (const g of FAQ_GROUPS) expect(FAQ_ENTRIES.some((e) => e.group === g.id)).toBe(true)
  })

  it('answers in Chinese and ends every answer with a button to a page the app declares', () => {
    for (const e of FAQ_ENTRIES) {
      expect([e.id, e.question]).toEqual([e.id, expect.stringMatching(/[\u4e00-\u9fff]/)])
      expect(e.answer.length).toBeGreaterThan(0)
      for (const paragraph of e.answer) expect(paragraph).toMatch(/[\u4e00-\u9fff]/)
      expect(e.action.label).toMatch(/[\u4e00-\u9fff]/)
      expect([e.id, isDeclaredPage(e.action.url)]).toEqual([e.id, true])
    }
  })

  it('links to the places that fix things', () => {
    expect(faqEntry('realname-failed').action.url).toBe(ROUTES.realname)
    expect(faqEntry('photo-requirements').action.url).toBe(ROUTES.photo)
    expect(faqEntry('employer-mismatch').action.url).toBe(TAB_ROUTES.mine)
    expect(faqEntry('renewal-window').action.url).toBe(ROUTES.apply('RENEWAL'))
    expect(faqEntry('forced-cancellation').action.url).toBe(ROUTES.guide('FORCED_CANCELLATION'))
    expect(faqEntry('forced-transfer').action.url).toBe(ROUTES.guide('FORCED_TRANSFER'))
    expect(faqEntry('renewal-study').action.url).toBe(TAB_ROUTES.work)
  })

  it('carries no other province’s contacts or browser advice', () => {
    const all = JSON.stringify(FAQ_ENTRIES)
    for (const word of ['河南', 'IE11', '浏览器IE', '0371', 'QQ', 'hnjs', '政务服务网']) {
      expect([word, all.includes(word)]).toEqual([word, false])
    }
  })

  it('lists every photo problem with its tip, and draws one good and several bad examples', () => {
    const rejected = faqEntry('photo-rejected').answer.join('\n')
    for (const p of Object.values(PHOTO_PROBLEMS)) {
      expect(rejected).toContain(p.message)
      expect(rejected).toContain(p.tip)
    }
    expect(faqEntry('photo-requirements').examples).toBe('photo')
    expect(PHOTO_EXAMPLES.filter((x) => x.ok)).toHaveLength(1)
    expect(PHOTO_EXAMPLES.filter((x) => !x.ok).length).toBeGreaterThanOrEqual(4)
    for (const x of PHOTO_EXAMPLES) expect(x.caption.startsWith(x.ok ? '合格' : '不合格')).toBe(true)
  })

  it('builds the help route with an entry id', () => {
    expect(ROUTES.help()).toBe('/packages/help/faq/index')
    expect(ROUTES.help('employer-mismatch')).toBe('/packages/help/faq/index?topic=employer-mismatch')
    expect(DECLARED_PAGES).toContain('/packages/help/faq/index')
    expect(isFaqId('employer-mismatch')).toBe(true)
    expect(isFaqId('nope')).toBe(false)
    expect(isFaqId(undefined)).toBe(false)
  })
})

describe('常见问题 search', () => {
  it('lists everything for an empty query', () => {
    expect(searchFaq('')).toHaveLength(FAQ_ENTRIES.length)
    expect(searchFaq('   ')).toHaveLength(FAQ_ENTRIES.length)
  })

  it('finds the question by the words of the refusal', () => {
    expect(ids('聘用企业与申报企业不一致')[0]).toBe('employer-mismatch')
    expect(ids('您尚有未办结的申请事项')[0]).toBe('one-at-a-time')
    expect(ids('强制注销')[0]).toBe('forced-cancellation')
    expect(ids('强制调动')[0]).toBe('forced-transfer')
  })

  it('searches answers and keywords, not only questions', () => {
    expect(ids('学时')).toContain('renewal-study')
    expect(ids('劳动仲裁书')).toEqual(expect.arrayContaining(['forced-cancellation', 'forced-transfer']))
    expect(ids('建造师')).toContain('constructor-b')
    expect(ids('相片')).toContain('photo-requirements')
  })

  it('puts entries whose question matches first', () => {
    const photo = ids('照片')
    expect(photo.length).toBeGreaterThan(3)
    const questionHits = photo.filter((id) => faqEntry(id).question.includes('照'))
    expect(photo.slice(0, questionHits.length).sort()).toEqual(questionHits.sort())
  })

  it('requires every typed term (space separated)', () => {
    const both = ids('强制 注销')
    expect(both[0]).toBe('forced-cancellation')
    for (const id of both) {
      const text = JSON.stringify(faqEntry(id))
      expect(text).toContain('强制')
      expect(text).toContain('注销')
    }
  })

  it('ignores punctuation, full-width letters and question words', () => {
    expect(normalizeText('「撤回」？')).toBe(' 撤回  ')
    expect(normalizeText('Ｗｉ－Ｆｉ')).toBe('wi fi')
    expect(searchTerms('证书过期了怎么办？')).toEqual(['证书过期'])
    expect(ids('「撤回」')).toContain('withdraw')
    expect(ids('证书过期了怎么办？')[0]).toBe('expired')
    expect(ids('b证')).toContain('constructor-b')
  })

  it('offers close matches for a sentence, and nothing for unrelated words', () => {
    expect(ids('我换单位了证书怎么变更')).toContain('change-employer')
    expect(searchFaq('火星探测器')).toEqual([])
    expect(searchFaq('zzzz')).toEqual([])
  })

  it('groups results in the page order', () => {
    const groups = groupEntries(searchFaq('注销'))
    const order = FAQ_GROUPS.map((g) => g.id) as string[]
    const positions = groups.map((g) => order.indexOf(g.id))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(groups.every((g) => g.entries.length > 0)).toBe(true)
  })
})
