/** 常见问题: ids and groups, the entries, and search; the drawn photo examples shown with one answer. */
export { FAQ_GROUPS, FAQ_IDS, isFaqId, type FaqGroupId, type FaqId } from './ids'
export { FAQ_ENTRIES, faqEntry, type FaqAction, type FaqEntry } from './content'
export { groupEntries, normalizeText, searchFaq, searchTerms } from './search'
