import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { go } from '../../../services/navigation'
import {
  faqEntry,
  groupEntries,
  searchFaq,
  FAQ_ENTRIES,
  type FaqEntry,
  type FaqId,
} from '../../../guidance/faq'
import { ContactList } from './ContactList'
import { PhotoExamples } from './PhotoExamples'
import './FaqView.scss'

/** Search results shown with their answers open; more than this and only the questions show. */
const OPEN_RESULTS = 5

function FaqItem({ entry, open, onToggle }: { entry: FaqEntry; open: boolean; onToggle(): void }) {
  return (
    <View className="faq-item" data-testid={`faq-entry-${entry.id}`} data-open={String(open)}>
      <View
        className="faq-item__question"
        role="button"
        aria-expanded={open}
        data-testid={`faq-question-${entry.id}`}
        onClick={onToggle}
      >
        <Text className="faq-item__q">{entry.question}</Text>
        <Text className="faq-item__toggle">{open ? '收起' : '展开'}</Text>
      </View>
      {open && (
        <View className="faq-item__answer" data-testid={`faq-answer-${entry.id}`}>
          {entry.answer.map((paragraph, i) => (
            <View className="faq-item__paragraph" key={paragraph}>
              {entry.ordered && <Text className="faq-item__marker">{i + 1}.</Text>}
              <Text className="faq-item__text">{paragraph}</Text>
            </View>
          ))}
          {entry.examples === 'photo' && <PhotoExamples />}
          {entry.contacts && <ContactList />}
          <Button
            type="primary"
            block
            data-testid={`faq-action-${entry.id}`}
            onClick={() => void go(entry.action.url)}
          >
            {entry.action.label}
          </Button>
        </View>
      )}
    </View>
  )
}

/**
 * 常见问题: grouped questions with a search box that filters as the holder types. Opened with a
 * topic (from a refusal's 「查看常见问题」), that entry comes first with its answer open.
 */
export function FaqView({ topic }: { topic?: FaqId }) {
  const [query, setQuery] = useState('')
  // Entries whose open/closed state the holder flipped; reset when the search changes.
  const [flipped, setFlipped] = useState<ReadonlySet<FaqId>>(new Set())
  const searching = query.trim().length > 0
  const results = useMemo(() => searchFaq(query), [query])
  const focus = !searching && topic ? faqEntry(topic) : undefined
  const listed = focus ? results.filter((e) => e.id !== focus.id) : results
  const groups = useMemo(() => groupEntries(listed), [listed])

  const openByDefault = (id: FaqId) =>
    id === focus?.id || (searching && results.length <= OPEN_RESULTS && results.some((e) => e.id === id))
  const isOpen = (id: FaqId) => openByDefault(id) !== flipped.has(id)
  const toggle = (id: FaqId) =>
    setFlipped((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const search = (value: string) => {
    setQuery(value)
    setFlipped(new Set())
  }
  const item = (e: FaqEntry) => (
    <FaqItem key={e.id} entry={e} open={isOpen(e.id)} onToggle={() => toggle(e.id)} />
  )

  return (
    <View className="faq" data-testid="faq">
      <View className="section faq-search">
        <Text className="faq-search__label">搜索问题</Text>
        <View className="faq-search__row">
          <Input
            className="faq-search__input"
            value={query}
            placeholder="输入关键词，如：照片、过期、聘用"
            confirmType="search"
            maxlength={40}
            onInput={(e) => search(e.detail.value)}
            data-testid="faq-search"
          />
          {searching && (
            <Button size="small" data-testid="faq-search-clear" onClick={() => search('')}>
              清除
            </Button>
          )}
        </View>
        {searching && results.length > 0 && (
          <Text className="section__note" data-testid="faq-count">
            找到 {results.length} 个相关问题
          </Text>
        )}
      </View>

      {searching && results.length === 0 && (
        <View className="section" role="alert" data-testid="faq-empty">
          <Text className="faq__empty">没有找到与「{query.trim()}」相关的问题。</Text>
          <Text className="section__note">
            请换个说法或少输入几个字，例如「照片」「过期」「聘用关系」「注销」；也可以清除搜索，浏览全部问题。
          </Text>
          <Button block onClick={() => search('')}>
            清除搜索，查看全部问题
          </Button>
        </View>
      )}

      {focus && (
        <View className="section faq-group" data-testid="faq-focus">
          <Text className="section__title">与您遇到的问题相关</Text>
          {item(focus)}
        </View>
      )}

      {groups.map((g) => (
        <View className="section faq-group" key={g.id} data-testid={`faq-group-${g.id}`}>
          <Text className="section__title">{g.title}</Text>
          {g.entries.map(item)}
        </View>
      ))}

      {!searching && (
        <View className="section">
          <Text className="section__note">
            共 {FAQ_ENTRIES.length} 个问题。找不到答案时，请联系聘用企业，或咨询企业所在地的市级建设主管部门。
          </Text>
        </View>
      )}
    </View>
  )
}
