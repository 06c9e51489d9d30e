/**
 * The form's steps as pure transitions: 填写 (edit) → 核对 (checking) → 核对信息 (confirm) →
 * 提交 (submitting) → 已提交 (done), and what each answer or refusal of the backend shows.
 */
import type { Application, ServerVerdict } from '../../../data/apply/api'
import type { EligibilityContext } from '../../../data/loaders/eligibilityContext'
import type { ApiError } from '../../../services/errors'
import { describe, fieldErrorsFrom, reasonsFrom } from './errors'
import type { Banner, ServerAnswer, Step } from './types'

export interface FlowState {
  /** The situation the rules are checked against; null until it has been read once. */
  context: EligibilityContext | null
  /** The sent-back application being corrected, as the backend has it now. */
  original: Application | null
  loadError: ApiError | null
  /** The draft on screen. */
  key: string | null
  /** A draft with something typed was reopened: say so once, for as long as the form is open. */
  restored: boolean
  step: Step
  /** 下一步 was tapped: the phone's own field checks show under the fields from then on. */
  attempted: boolean
  serverFieldErrors: Record<string, string>
  server: ServerAnswer | null
  banner: Banner | null
  checking: boolean
  submitting: boolean
  done: boolean
}

export const initialFlow: FlowState = {
  context: null,
  original: null,
  loadError: null,
  key: null,
  restored: false,
  step: 'edit',
  attempted: false,
  serverFieldErrors: {},
  server: null,
  banner: null,
  checking: false,
  submitting: false,
  done: false,
}

export type FlowAction =
  | { type: 'loadStarted' }
  | { type: 'loaded'; context: EligibilityContext; original: Application | null }
  | { type: 'loadFailed'; error: ApiError }
  /** Back on the page, or a fix carried out: the backend's verdict may no longer hold. */
  | { type: 'verdictStale' }
  | { type: 'draftOpened'; key: string; hadContent: boolean }
  | { type: 'keyChanged'; key: string }
  | { type: 'edited'; names: string[] }
  | { type: 'certificateSelected'; key: string }
  /** 下一步 with something still to do on the phone: nothing is sent. */
  | { type: 'checkHeld'; banner: Banner }
  | { type: 'checkStarted' }
  | { type: 'checkAnswered'; answer: ServerVerdict; signature: string }
  | { type: 'checkFailed'; error: ApiError }
  | { type: 'backToEdit' }
  | { type: 'submitStarted' }
  | { type: 'finished' }
  /** The submit was refused (anything but a reused Idempotency-Key). */
  | { type: 'submitRefused'; error: ApiError; signature: string }
  /** The backend took the old key for another request and none was found: a new key, tap again. */
  | { type: 'keyRenewed'; resubmit: boolean }
  | { type: 'submitSettled' }

export const BANNERS = {
  incomplete: '还有内容需要填写或修改，请按红色提示处理。已填写的内容已自动保存。',
  notAllowed: '暂不能办理，请先按「办理条件」中的提示处理。已填写的内容已自动保存。',
  checkRefused: '省平台核对后暂不能办理，原因和处理办法见「办理条件」。',
  checkOffline: '网络不稳定，暂时无法向省平台核对办理条件；提交时会再次核对。',
  submitRefusedByRules:
    '提交未成功：省平台核对未通过，原因和处理办法见下方「办理条件」。您填写的内容已保存。',
  keyRenewed: '提交状态已更新，请再点一次「确认提交」。您填写的内容已保存。',
  keyRenewedResubmit: '提交状态已更新，请再点一次「确认提交」。您修改的内容已保存。',
} as const

function without(errors: Record<string, string>, names: readonly string[]): Record<string, string> {
  const next = { ...errors }
  for (const name of names) delete next[name]
  return next
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'loadStarted':
      return { ...state, loadError: null }
    case 'loaded':
      return { ...state, context: action.context, original: action.original }
    case 'loadFailed':
      return { ...state, loadError: action.error }
    case 'verdictStale':
      return { ...state, server: null }
    case 'draftOpened':
      return { ...state, key: action.key, restored: state.restored || action.hadContent }
    case 'keyChanged':
      return { ...state, key: action.key }
    case 'edited':
      return { ...state, serverFieldErrors: without(state.serverFieldErrors, action.names) }
    case 'certificateSelected':
      return {
        ...state,
        key: action.key,
        serverFieldErrors: without(state.serverFieldErrors, ['certificateId']),
      }
    case 'checkHeld':
      return { ...state, attempted: true, banner: action.banner }
    case 'checkStarted':
      return { ...state, attempted: true, banner: null, checking: true }
    case 'checkAnswered': {
      const { answer, signature } = action
      // R7: a typed value that differs from the national record is also shown under its field.
      const onFields = answer.reasons.filter((r) => r.field)
      return {
        ...state,
        checking: false,
        server: { verdict: answer, signature },
        serverFieldErrors: onFields.length
          ? Object.fromEntries(onFields.map((r) => [r.field as string, r.message]))
          : state.serverFieldErrors,
        ...(answer.allowed
          ? { step: 'confirm' as const }
          : { banner: { tone: 'warn' as const, text: BANNERS.checkRefused } }),
      }
    }
    case 'checkFailed': {
      const e = action.error
      if (e.retryable) {
        return {
          ...state,
          checking: false,
          step: 'confirm',
          banner: { tone: 'info', text: BANNERS.checkOffline },
        }
      }
      return {
        ...state,
        checking: false,
        serverFieldErrors: e.fields.length ? fieldErrorsFrom(e) : state.serverFieldErrors,
        banner: { tone: 'warn', text: describe(e), code: e.code },
      }
    }
    case 'backToEdit':
      return { ...state, banner: null, step: 'edit' }
    case 'submitStarted':
      return { ...state, submitting: true, banner: null }
    case 'finished':
      return { ...state, done: true }
    case 'submitRefused':
      return submitRefused(state, action.error, action.signature)
    case 'keyRenewed':
      return {
        ...state,
        banner: { tone: 'warn', text: action.resubmit ? BANNERS.keyRenewedResubmit : BANNERS.keyRenewed },
      }
    case 'submitSettled':
      return { ...state, submitting: false }
  }
}

/** A refused submit: the rules' reasons into 办理条件, field messages back on the form, the rest in the banner. */
function submitRefused(state: FlowState, e: ApiError, signature: string): FlowState {
  const reasons = reasonsFrom(e)
  if (reasons) {
    return {
      ...state,
      server: { verdict: { allowed: false, reasons, warnings: [] }, signature },
      banner: { tone: 'warn', text: BANNERS.submitRefusedByRules },
    }
  }
  const onFields = e.fields.length
    ? { serverFieldErrors: fieldErrorsFrom(e), attempted: true, step: 'edit' as const }
    : {}
  const retry = e.retryable ? '可再点「确认提交」重试，不会重复提交。' : ''
  return {
    ...state,
    ...onFields,
    banner: {
      tone: 'warn',
      text: `提交未成功：${describe(e)}。您填写的内容已保存，${retry || '请按提示处理。'}`,
      code: e.code,
    },
  }
}
