import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { canResubmit, fieldsToCorrect } from '../../domain/sendBack'
import type { HolderApplicationType } from '../../domain/types'
import { toApiError, type ApiError } from '../../services/errors'
import { fetchEligibility, type Application } from '../../data/apply/api'
import { useApplyDrafts, type ApplyDraft, type DraftFields } from '../../data/apply/drafts'
import { currentApplication, loadApplyForm, reloadApplications } from '../../data/apply/form'
import { holderKeyOf } from '../../data/apply/holderKey'
import { isSubmitting, submitDraft } from '../../data/apply/submit'
import { useCertificates } from '../../data/certificates/store'
import type { Employment } from '../../data/employment/api'
import { useEmployment } from '../../data/employment/store'
import type { EligibilityContext } from '../../data/loaders/eligibilityContext'
import {
  certificateOptions,
  deriveForm,
  eligibilityRequest,
  heldText,
  liveContext,
  type FormView,
} from './flow/derive'
import { openDraft } from './flow/drafts'
import { afterReusedCreate, afterReusedResubmit } from './flow/reusedKey'
import { flowReducer, initialFlow, type FlowState } from './flow/state'
import type { CertificateOption } from './flow/types'

export interface ApplyFlowProps {
  type: HolderApplicationType
  /** Preselected certificate (from 证书详情 or a QR code). */
  certificateId?: string
  /** 修改后重新提交: the sent-back application this form corrects (same application, same number). */
  resubmitId?: string
  onSubmitted(application: Application): void
}

/** The form on screen: the draft, what the rules say about it, and what the holder can do. */
export type ApplyFlowForm = FormView &
  Pick<FlowState, 'step' | 'banner' | 'checking' | 'submitting' | 'restored' | 'loadError'> & {
    screen: 'form'
    type: HolderApplicationType
    needsCertificate: boolean
    resubmit: boolean
    context: EligibilityContext
    draft: ApplyDraft
    /** The sent-back application being corrected. */
    correcting: Application | null
    /** Fields a reviewer asked to correct. */
    flagged: string[]
    options: CertificateOption[]
    certificates: ReturnType<typeof useCertificates.getState>['certificates']
    employment: Employment | null
    reload(): void
    retryCertificates(): void
    change(patch: DraftFields): void
    select(id: string): void
    next(): void
    submit(): void
    back(): void
    onFixed(): void
  }

export type ApplyFlow =
  | { screen: 'loading'; loadError: ApiError | null; reload(): void }
  /** 修改后重新提交 of an application that is not (or no longer) sent back. */
  | { screen: 'resubmitUnavailable'; found: boolean; resubmitId: string }
  /** The draft is being opened, or the submit went through and 办理进度 opens. */
  | { screen: 'opening'; done: boolean }
  | ApplyFlowForm

/**
 * One application form's controller: reads the situation, opens the draft, checks with the backend
 * before 核对信息, submits once per draft key and, when the backend says the key was used already,
 * opens what the earlier tap filed. Everything typed lives in the draft store, so leaving, a refusal
 * or a lost connection loses nothing.
 */
export function useApplyFlow({ type, certificateId, resubmitId, onSubmitted }: ApplyFlowProps): ApplyFlow {
  const needsCertificate = type !== 'TRANSFER_IN'
  const [state, dispatch] = useReducer(flowReducer, initialFlow)
  const { context, original, key, done, submitting } = state
  const certificates = useCertificates((s) => s.certificates)
  const employment = useEmployment((s) => s.employment.data)
  const draft = useApplyDrafts((s) => (key ? s.drafts[key] : undefined))

  const load = useCallback(async () => {
    dispatch({ type: 'loadStarted' })
    try {
      dispatch({ type: 'loaded', ...(await loadApplyForm(needsCertificate, resubmitId)) })
    } catch (err) {
      dispatch({ type: 'loadFailed', error: toApiError(err) })
    }
  }, [needsCertificate, resubmitId])

  useEffect(() => {
    void load()
  }, [load])

  // Back from 实名认证, 证件照 or an open application: the situation may have changed.
  const loadedOnce = useRef(false)
  loadedOnce.current = context !== null
  useDidShow(() => {
    if (!loadedOnce.current) return
    dispatch({ type: 'verdictStale' })
    void load()
  })

  const holder = context ? holderKeyOf(context.profile) : null
  const draftMissing = key !== null && !draft
  const correcting =
    resubmitId && original && original.type === type && canResubmit(original) ? original : null
  useEffect(() => {
    // While a submit is settling its draft disappears on purpose: nothing to reopen.
    if (!holder || done || submitting) return
    const opened = openDraft(holder, type, certificateId, resubmitId, correcting)
    if (opened) dispatch(opened)
  }, [holder, type, certificateId, resubmitId, correcting, done, submitting, draftMissing])

  const live = useMemo(() => liveContext(context, employment, resubmitId), [context, employment, resubmitId])
  const options = useMemo(
    () => certificateOptions(live, type, certificates.data, correcting),
    [live, type, certificates.data, correcting],
  )

  // The one certificate that can take this business is chosen for the holder.
  useEffect(() => {
    if (!key || !draft || !needsCertificate || draft.certificateId) return
    const eligible = options.filter((o) => o.reasons.length === 0)
    if (eligible.length === 1)
      dispatch({
        type: 'keyChanged',
        key: useApplyDrafts.getState().selectCertificate(key, eligible[0].certificate.id),
      })
  }, [key, draft, options, needsCertificate])

  const reload = () => void load()
  if (!context || !live) return { screen: 'loading', loadError: state.loadError, reload }
  if (resubmitId && !correcting && !done) {
    return { screen: 'resubmitUnavailable', found: Boolean(original), resubmitId }
  }
  if (done || !draft || !key) return { screen: 'opening', done }

  const view = deriveForm({
    type,
    live,
    draft,
    options,
    server: state.server,
    attempted: state.attempted,
    serverFieldErrors: state.serverFieldErrors,
    certificatesKnown: certificates.status === 'ready',
    certificates: certificates.data,
    linkedId: certificateId,
  })
  const { built, signature } = view

  const next = async () => {
    if (state.checking) return
    const held = heldText(view)
    if (held) {
      dispatch({ type: 'checkHeld', banner: { tone: 'warn', text: held } })
      return
    }
    if (!built.ok) return
    dispatch({ type: 'checkStarted' })
    const typed = built.body.fields as Record<string, unknown>
    try {
      const answer = await fetchEligibility(
        eligibilityRequest(type, draft, typed, view.sourceNumber, resubmitId),
      )
      dispatch({ type: 'checkAnswered', answer, signature })
    } catch (err) {
      dispatch({ type: 'checkFailed', error: toApiError(err) })
    }
  }

  const finish = (application: Application, title: string) => {
    dispatch({ type: 'finished' })
    void Taro.showToast({ title, icon: 'success' })
    onSubmitted(application)
  }

  const refused = async (e: ApiError, sent: { certificateId: string | null; signature: string }) => {
    if (e.code !== 'IDEMPOTENCY_KEY_REUSED') {
      dispatch({ type: 'submitRefused', error: e, signature: sent.signature })
      return
    }
    // The key already filed it (its answer was lost): open what it filed, else a new key.
    const outcome = resubmitId
      ? afterReusedResubmit(await currentApplication(resubmitId))
      : afterReusedCreate(await reloadApplications(), {
          type,
          needsCertificate,
          certificateId: sent.certificateId,
        })
    if (outcome.kind === 'submitted') {
      useApplyDrafts.getState().remove(key)
      finish(outcome.application, outcome.title)
      return
    }
    useApplyDrafts.getState().renewKey(key)
    dispatch({ type: 'keyRenewed', resubmit: Boolean(resubmitId) })
  }

  const submit = async () => {
    if (isSubmitting(key)) return
    const sent = { certificateId: draft.certificateId, signature }
    dispatch({ type: 'submitStarted' })
    try {
      finish(await submitDraft(key, context.today), resubmitId ? '已重新提交' : '已提交')
    } catch (err) {
      await refused(toApiError(err), sent)
    } finally {
      dispatch({ type: 'submitSettled' })
    }
  }

  return {
    ...view,
    screen: 'form',
    type,
    needsCertificate,
    resubmit: Boolean(resubmitId),
    context,
    draft,
    correcting,
    flagged: correcting ? fieldsToCorrect(correcting).map((f) => f.name) : [],
    options,
    certificates,
    employment,
    step: state.step,
    banner: state.banner,
    checking: state.checking,
    submitting,
    restored: state.restored,
    loadError: state.loadError,
    reload,
    retryCertificates: () => void useCertificates.getState().load(),
    change: (patch) => {
      useApplyDrafts.getState().update(key, patch)
      dispatch({ type: 'edited', names: Object.keys(patch) })
    },
    select: (id) =>
      dispatch({ type: 'certificateSelected', key: useApplyDrafts.getState().selectCertificate(key, id) }),
    next: () => void next(),
    submit: () => void submit(),
    back: () => dispatch({ type: 'backToEdit' }),
    onFixed: () => dispatch({ type: 'verdictStale' }),
  }
}
