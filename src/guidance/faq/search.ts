/**
 * Searching 常见问题 as the holder types: every word must appear somewhere in an entry, with a
 * looser match on two-character pieces when nothing matches exactly.
 */
import { FAQ_ENTRIES, type FaqEntry } from './content'
import { FAQ_GROUPS, type FaqGroupId } from './ids'

/** Question words that say nothing about the topic: 「证书过期了怎么办」 searches for 证书过期. */
const FILLER =
  /怎么办|怎么样|怎么|如何|为什么|为何|什么|哪里|哪儿|可不可以|可以吗|能不能|能否|还能|请问|一下|我的|我们|我|吗|呢|啊|吧|了|的/g

/** Lower case, ASCII for full-width letters and digits, no punctuation or quotes. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/[「」『』“”"'‘’【】《》（）()，,。.、？?！!：:；;·•→\-—_/\\]/g, ' ')
}

/** The search terms in what the holder typed; filler question words dropped. */
export function searchTerms(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/)
    .map((t) => t.replace(FILLER, ''))
    .filter((t) => t.length > 0)
}

function haystack(entry: FaqEntry): string {
  const group = FAQ_GROUPS.find((g) => g.id === entry.group)?.title ?? ''
  return normalizeText([entry.question, ...entry.answer, ...(entry.keywords ?? []), group].join(' '))
}

const HAYSTACKS = new Map<FaqEntry, string>()
function textOf(entry: FaqEntry): string {
  let text = HAYSTACKS.get(entry)
  if (text === undefined) {
    text = haystack(entry)
    HAYSTACKS.set(entry, text)
  }
  return text
}

function bigrams(term: string): string[] {
  if (term.length < 2) return [term]
  const out: string[] = []
  for (let i = 0; i < term.length - 1; i++) out.push(term.slice(i, i + 2))
  return out
}

/**
 * Entries matching what was typed, best first. Every term must appear in the question, answer or
 * keywords; when nothing matches exactly (a whole sentence typed, a word in another order), entries
 * sharing most two-character pieces of the query are offered instead. An empty query lists all.
 */
export function searchFaq(query: string, entries: readonly FaqEntry[] = FAQ_ENTRIES): FaqEntry[] {
  const terms = searchTerms(query)
  if (terms.length === 0) return [...entries]
  const joined = terms.join('')
  // Words in the question count most; the words typed together, as one phrase, break ties.
  const rank = (e: FaqEntry) => {
    const q = normalizeText(e.question)
    return (
      (q.includes(joined) ? 4 : 0) +
      2 * terms.filter((t) => q.includes(t)).length +
      (textOf(e).includes(joined) ? 1 : 0)
    )
  }
  // Among equals, the question that starts with the phrase sooner is more about it.
  const position = (e: FaqEntry) => {
    const at = normalizeText(e.question).indexOf(joined)
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  const exact = entries.filter((e) => terms.every((t) => textOf(e).includes(t)))
  if (exact.length) {
    return exact
      .map((e, i) => ({ e, i, score: rank(e), at: position(e) }))
      .sort((a, b) => b.score - a.score || a.at - b.at || a.i - b.i)
      .map((x) => x.e)
  }
  const pieces = [...new Set(terms.flatMap(bigrams))]
  return entries
    .map((e, i) => ({ e, i, score: pieces.filter((p) => textOf(e).includes(p)).length / pieces.length }))
    .filter((x) => x.score >= 0.6)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.e)
}

/** Entries grouped in the page's order; groups without entries are left out. */
export function groupEntries(
  entries: readonly FaqEntry[],
): { id: FaqGroupId; title: string; entries: FaqEntry[] }[] {
  return FAQ_GROUPS.map((g) => ({ ...g, entries: entries.filter((e) => e.group === g.id) })).filter(
    (g) => g.entries.length > 0,
  )
}
