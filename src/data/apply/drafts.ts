/**
 * Drafts of the five application forms, kept on the phone so nothing typed is lost when the app is
 * closed or a submit fails. One draft per holder + type + certificate; each carries the one
 * Idempotency-Key its submission is sent with. Drafts expire 30 days after the last edit (on the
 * backend's clock), are cleared on submit and on sign-out, and never hold a full ID number.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isHolderApplicationType } from '../../domain/applicationTypes'
import { redactIdNumbers } from '../../domain/redact'
import type { HolderApplicationType } from '../../domain/types'
import { serverNow } from '../../services/clock'
import { persistStorage } from '../../services/storage'
import { GUEST_HOLDER } from './holderKey'

export type DraftValue = string | boolean
export type DraftFields = Record<string, DraftValue>

export interface ApplyDraft {
  holder: string
  type: HolderApplicationType
  /** The certificate concerned; null until one is picked, and always for TRANSFER_IN. */
  certificateId: string | null
  /** A correction of this sent-back application (修改后重新提交) rather than a new one. */
  resubmitOf?: string
  fields: DraftFields
  idempotencyKey: string
  /** Instants on the backend's clock (ms). */
  createdAt: number
  updatedAt: number
}

export const DRAFT_TTL_DAYS = 30
const DRAFT_TTL_MS = DRAFT_TTL_DAYS * 86_400_000
/** Longer than any field the contract accepts; keeps one runaway paste from filling storage. */
const MAX_TEXT = 1000
const FIELD_NAME = /^[A-Za-z]{1,40}$/
const RESOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/

export function draftKey(
  holder: string,
  type: HolderApplicationType,
  certificateId: string | null,
  resubmitOf?: string,
): string {
  if (resubmitOf) return `${holder}|${type}|re:${resubmitOf}`
  return `${holder}|${type}|${type === 'TRANSFER_IN' ? '-' : (certificateId ?? '-')}`
}

/** Matches the contract's IdempotencyKey: 8-64 of [A-Za-z0-9_-]. */
export function newIdempotencyKey(): string {
  const random = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `ap_${Date.now().toString(36)}${random()}${random()}`
}

/** Strings (ID numbers masked, length capped) and booleans only; anything else is dropped. */
export function cleanFields(input: unknown): DraftFields {
  const out: DraftFields = {}
  if (!input || typeof input !== 'object') return out
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (!FIELD_NAME.test(name)) continue
    if (typeof value === 'boolean') out[name] = value
    else if (typeof value === 'string') out[name] = redactIdNumbers(value).slice(0, MAX_TEXT)
  }
  return out
}

function cleanDraft(raw: unknown): ApplyDraft | null {
  if (!raw || typeof raw !== 'object') return null
  const d = raw as Partial<ApplyDraft>
  if (typeof d.holder !== 'string' || !d.holder || !isHolderApplicationType(d.type)) return null
  if (d.certificateId !== null && !(typeof d.certificateId === 'string' && RESOURCE_ID.test(d.certificateId)))
    return null
  if (typeof d.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(d.idempotencyKey)) return null
  if (typeof d.createdAt !== 'number' || typeof d.updatedAt !== 'number') return null
  if (d.resubmitOf !== undefined && !(typeof d.resubmitOf === 'string' && RESOURCE_ID.test(d.resubmitOf)))
    return null
  return {
    holder: d.holder,
    type: d.type,
    certificateId: d.type === 'TRANSFER_IN' ? null : d.certificateId,
    ...(d.resubmitOf ? { resubmitOf: d.resubmitOf } : {}),
    fields: cleanFields(d.fields),
    idempotencyKey: d.idempotencyKey,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  }
}

export function isDraftExpired(draft: ApplyDraft, now = serverNow()): boolean {
  return now - draft.updatedAt > DRAFT_TTL_MS
}

/**
 * Well-formed drafts only, re-keyed and scrubbed; expired
 * ones dropped when `now` is given.
 */
function cleanDrafts(raw: unknown, now?: number): Record<string, ApplyDraft> {
  const out: Record<string, ApplyDraft> = {}
  if (!raw || typeof raw !== 'object') return out
  for (const value of Object.values(raw as Record<string, unknown>)) {
    const draft = cleanDraft(value)
    if (!draft || (now !== undefined && isDraftExpired(draft, now))) continue
    out[draftKey(draft.holder, draft.type, draft.certificateId, draft.resubmitOf)] = draft
  }
  return out
}

/** Something typed or ticked: an untouched draft is not worth mentioning to the holder. */
export function hasContent(draft: ApplyDraft | undefined): boolean {
  return Boolean(
    draft && Object.values(draft.fields).some((v) => v === true || (typeof v === 'string' && v.trim())),
  )
}

/** The holder's most recently edited draft of this type, whatever its certificate. */
export function latestDraftKey(
  drafts: Record<string, ApplyDraft>,
  holder: string,
  type: HolderApplicationType,
): string | undefined {
  let found: string | undefined
  for (const [key, d] of Object.entries(drafts)) {
    if (d.resubmitOf) continue
    if (d.holder === holder && d.type === type && (!found || d.updatedAt > drafts[found].updatedAt))
      found = key
  }
  return found
}

function freshDraft(holder: string, type: HolderApplicationType, certificateId: string | null): ApplyDraft {
  const now = serverNow()
  return {
    holder,
    type,
    certificateId: type === 'TRANSFER_IN' ? null : certificateId,
    fields: {},
    idempotencyKey: newIdempotencyKey(),
    createdAt: now,
    updatedAt: now,
  }
}

interface DraftsState {
  drafts: Record<string, ApplyDraft>
  /**
   * The draft to show when a form opens: the one for this certificate, else (no certificate given)
   * the latest of this type; created when there is none. Returns its key.
   */
  open(holder: string, type: HolderApplicationType, certificateId?: string | null): string
  /**
   * The draft correcting a sent-back application: filled with what was sent the first time, kept
   * as the holder edits it until it is resubmitted. Returns its key.
   */
  openResubmit(
    holder: string,
    application: {
      id: string
      type: HolderApplicationType
      certificateId?: string
      fields: Record<string, unknown>
    },
  ): string
  /** Merges typed values (ID numbers masked) and restarts the 30 days. */
  update(key: string, fields: DraftFields): void
  /**
   * Points the draft at another certificate. That certificate's own draft is restored when there
   * is one; otherwise what is typed moves along, with a new key when it leaves a certificate it
   * may already have been sent for. Returns the key now in use.
   */
  selectCertificate(key: string, certificateId: string): string
  /** A new Idempotency-Key, only once the backend has said the old one belongs to another request. */
  renewKey(key: string): void
  remove(key: string): void
  clearAll(): void
  prune(): void
}

export const useApplyDrafts = create<DraftsState>()(
  persist(
    (set, get) => ({
      drafts: {},

      open(holder, type, certificateId = null) {
        const drafts = cleanDrafts(get().drafts, serverNow())
        if (holder !== GUEST_HOLDER) {
          for (const [key, d] of Object.entries(drafts)) {
            if (d.holder !== GUEST_HOLDER) continue
            delete drafts[key]
            const target = draftKey(holder, d.type, d.certificateId, d.resubmitOf)
            if (!drafts[target]) drafts[target] = { ...d, holder }
          }
        }
        let key: string
        if (certificateId && type !== 'TRANSFER_IN') {
          key = draftKey(holder, type, certificateId)
          const loose = draftKey(holder, type, null)
          if (!drafts[key] && drafts[loose]) {
            // Typed before a certificate was chosen: never sent, so it keeps its key.
            drafts[key] = { ...drafts[loose], certificateId }
            delete drafts[loose]
          }
        } else {
          key = latestDraftKey(drafts, holder, type) ?? draftKey(holder, type, null)
        }
        if (!drafts[key]) drafts[key] = freshDraft(holder, type, certificateId)
        set({ drafts })
        return key
      },

      openResubmit(holder, application) {
        const drafts = cleanDrafts(get().drafts, serverNow())
        const certificateId = application.type === 'TRANSFER_IN' ? null : (application.certificateId ?? null)
        const key = draftKey(holder, application.type, certificateId, application.id)
        if (!drafts[key]) {
          drafts[key] = {
            ...freshDraft(holder, application.type, certificateId),
            resubmitOf: application.id,
            fields: cleanFields(application.fields),
          }
        }
        set({ drafts })
        return key
      },

      update(key, fields) {
        const draft = get().drafts[key]
        if (!draft) return
        const next = { ...draft, fields: cleanFields({ ...draft.fields, ...fields }), updatedAt: serverNow() }
        set({ drafts: { ...get().drafts, [key]: next } })
      },

      selectCertificate(key, certificateId) {
        const drafts = { ...get().drafts }
        const draft = drafts[key]
        if (
          !draft ||
          draft.type === 'TRANSFER_IN' ||
          draft.resubmitOf ||
          draft.certificateId === certificateId
        )
          return key
        const target = draftKey(draft.holder, draft.type, certificateId)
        if (drafts[target]) return target
        delete drafts[key]
        drafts[target] = {
          ...draft,
          certificateId,
          idempotencyKey: draft.certificateId ? newIdempotencyKey() : draft.idempotencyKey,
          updatedAt: serverNow(),
        }
        set({ drafts })
        return target
      },

      renewKey(key) {
        const draft = get().drafts[key]
        if (draft)
          set({ drafts: { ...get().drafts, [key]: { ...draft, idempotencyKey: newIdempotencyKey() } } })
      },

      remove(key) {
        const { [key]: _removed, ...rest } = get().drafts
        set({ drafts: rest })
      },

      clearAll() {
        set({ drafts: {} })
      },

      prune() {
        set({ drafts: cleanDrafts(get().drafts, serverNow()) })
      },
    }),
    {
      name: 'anguan.applyDrafts',
      version: 1,
      storage: persistStorage,
      partialize: (s) => ({ drafts: cleanDrafts(s.drafts, serverNow()) }),
      // Expiry waits for open()/prune(): at launch the backend's clock offset is not known yet.
      merge: (persisted, current) => ({
        ...current,
        drafts: cleanDrafts((persisted as { drafts?: unknown } | undefined)?.drafts),
      }),
    },
  ),
)
