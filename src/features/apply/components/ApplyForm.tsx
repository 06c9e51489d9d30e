import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { PageState } from '../../../guidance/components/PageState'
import { APPLICATION_TYPE_LABELS } from '../../../domain/applicationTypes'
import { canResubmit, fieldsToCorrect, isOpen, latestSendBack } from '../../../domain'
import { normalizeCertificateNumber } from '../../../domain/certificateNumber'
import { checkEligibility } from '../../../domain/eligibility'
import type { CertificateCategory as Category, HolderApplicationType } from '../../../domain/types'
import { ROUTES } from '../../../routes'
import { ApiError, toApiError } from '../../../services/errors'
import { go } from '../../../services/navigation'
import { fetchApplication } from '../../../data/applications/api'
import { useApplications } from '../../../data/applications/store'
import { loadEligibilityContext, type EligibilityContext } from '../../../data/loaders/eligibilityContext'
import { useCertificates } from '../../../data/certificates/store'
import { useEmployment } from '../../../data/employment/store'
import { HelpLink } from '../../../guidance/components/HelpLink'
import { faqForReason } from '../../../guidance/refusals'
import { fetchEligibility, type Application } from '../../../data/apply/api'
import { summaryRows, TYPE_INTROS } from '../content'
import { hasContent, useApplyDrafts, type DraftFields } from '../../../data/apply/drafts'
import type { ReasonView } from '../../../guidance/fix'
import { holderKeyOf } from '../../../data/apply/holderKey'
import { buildRequest, isSubmitting, submitDraft } from '../../../data/apply/submit'
import { ApplySummary } from './ApplySummary'
import { CertificatePicker, type CertificateOption } from './CertificatePicker'
import { TypeFields } from './TypeFields'
import { VerdictPanel, type VerdictView } from './VerdictPanel'
import './ApplyForm.scss'

interface Props {
  type: HolderApplicationType
  /** Preselected certificate (from 证书详情 or a QR code). */
  certificateId?: string
  /** 修改后重新提交: the sent-back application this form corrects (same application, same number). */
  resubmitId?: string
  onSubmitted(application: Application): void
}

type Step = 'edit' | 'confirm'

interface Banner {
  tone: 'warn' | 'info'
  text: string
  /** The refusal's error code: the banner links to its 常见问题 entry. */
  code?: string
}

/** The backend's verdict, valid for the certificate (and source number) it was given. */
interface ServerAnswer {
  verdict: VerdictView
  signature: string
}

/** Reasons the backend sent with a refusal (details.reasons), when they are well formed. */
function reasonsFrom(err: ApiError): ReasonView[] | null {
  const raw = err.details.reasons
  if (!Array.isArray(raw)) return null
  const reasons = raw.filter(
    (r): r is ReasonView =>
      Boolean(r) &&
      typeof r.message === 'string' &&
      typeof r.fixLabel === 'string' &&
      typeof r.fix?.kind === 'string',
  )
  return reasons.length ? reasons : null
}

/** Fields the form shows a message under; any other field's message goes into the banner. */
const SHOWN_FIELDS = new Set([
  'certificateId',
  'noAccidentPenalty',
  'noBadConductRecord',
  'sourceNumber',
  'sourceProvince',
  'category',
  'validUntil',
  'targetProvince',
  'reason',
])

/** `fields.reason` -> `reason`; `certificateId` stays. */
function fieldErrorsFrom(err: ApiError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of err.fields) out[f.field.replace(/^fields\./, '')] = f.message
  return out
}

/** The message plus whatever field messages have no place on the form. */
function describe(err: ApiError): string {
  const extra = err.fields
    .filter((f) => !SHOWN_FIELDS.has(f.field.replace(/^fields\./, '')))
    .map((f) => f.message)
  return [err.message, ...extra].join('；').replace(/[。.]+$/, '')
}

const codes = (v: VerdictView) =>
  v.reasons
    .map((r) => r.code)
    .sort()
    .join(',')

/** The holder-wide rules (R1, R2) pass: only then is "no certificate can be chosen" the thing to say. */
function verdictAllowsHolder(live: EligibilityContext | null, type: HolderApplicationType): boolean {
  return Boolean(live && checkEligibility({ ...live, type }).allowed)
}

/** 修改后重新提交: the reviewer's reason and the fields it concerns, above the form filled as sent. */
function SentBackNote({ application }: { application: Application }) {
  const back = latestSendBack(application)
  const fields = fieldsToCorrect(application)
  return (
    <View className="notice notice--warn" data-testid="resubmit-reason">
      <View>
        <Text>
          退回原因（{back?.label ?? '审核'}）：{back?.reason ?? '未注明原因'}
        </Text>
      </View>
      {fields.length > 0 && (
        <View>
          <Text>需修改：{fields.map((f) => f.label).join('、')}</Text>
        </View>
      )}
      <View>
        <Text>
          下面已填好您上次提交的内容，改正后点「下一步」核对，再「确认重新提交」。同一申请会回到退回它的环节继续办理。
        </Text>
      </View>
    </View>
  )
}

/**
 * One application form: pick the certificate, fill the type's fields, see the rules' verdict with
 * the fix for each reason, confirm a summary, submit. Everything typed lives in the draft store, so
 * leaving, a refusal or a lost connection loses nothing; a submit is sent once per draft key.
 */
export function ApplyForm({ type, certificateId, resubmitId, onSubmitted }: Props) {
  const needsCertificate = type !== 'TRANSFER_IN'
  const [context, setContext] = useState<EligibilityContext | null>(null)
  // The sent-back application being corrected, as the backend has it now.
  const [original, setOriginal] = useState<Application | null>(null)
  const [loadError, setLoadError] = useState<ApiError | null>(null)
  const certificates = useCertificates((s) => s.certificates)
  const employment = useEmployment((s) => s.employment.data)
  const [key, setKey] = useState<string | null>(null)
  const draft = useApplyDrafts((s) => (key ? s.drafts[key] : undefined))
  const [restored, setRestored] = useState(false)
  const [step, setStep] = useState<Step>('edit')
  const [attempted, setAttempted] = useState(false)
  const [serverFieldErrors, setServerFieldErrors] = useState<Record<string, string>>({})
  const [server, setServer] = useState<ServerAnswer | null>(null)
  const [banner, setBanner] = useState<Banner | null>(null)
  const [checking, setChecking] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [done, setDone] = useState(false)

  const load = useCallback(async () => {
    setLoadError(null)
    try {
      const [loaded, corrected] = await Promise.all([
        loadEligibilityContext(),
        resubmitId ? fetchApplication(resubmitId) : Promise.resolve(null),
      ])
      if (needsCertificate && loaded.profile.realName.status === 'VERIFIED') {
        await useCertificates.getState().load()
      }
      setOriginal(corrected)
      setContext(loaded)
    } catch (err) {
      setLoadError(toApiError(err))
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
    setServer(null)
    void load()
  })

  const holder = context ? holderKeyOf(context.profile) : null
  const draftMissing = key !== null && !draft
  const correcting =
    resubmitId && original && original.type === type && canResubmit(original) ? original : null
  useEffect(() => {
    // While a submit is settling its draft disappears on purpose: nothing to reopen.
    if (!holder || done || submitting) return
    if (resubmitId) {
      if (!correcting) return
      setKey(useApplyDrafts.getState().openResubmit(holder, { ...correcting, type }))
      return
    }
    const opened = useApplyDrafts.getState().open(holder, type, certificateId ?? null)
    setRestored((was) => was || hasContent(useApplyDrafts.getState().drafts[opened]))
    setKey(opened)
  }, [holder, type, certificateId, resubmitId, correcting, done, submitting, draftMissing])

  // A correction is not "another open application" for its own R2 check.
  const live = useMemo(
    () =>
      context
        ? {
            ...context,
            employment,
            openApplications: context.openApplications.filter((a) => a.id !== resubmitId),
          }
        : null,
    [context, employment, resubmitId],
  )

  const options = useMemo((): CertificateOption[] => {
    if (!live || !needsCertificate) return []
    const holderWide = new Set(checkEligibility({ ...live, type }).reasons.map((r) => `${r.rule}|${r.code}`))
    // A correction stays on the certificate it was filed for.
    const list = correcting
      ? certificates.data.filter((c) => c.id === correcting.certificateId)
      : certificates.data
    return list.map((certificate) => ({
      certificate,
      reasons: checkEligibility({ ...live, type, certificate }).reasons.filter(
        (r) => !holderWide.has(`${r.rule}|${r.code}`),
      ),
    }))
  }, [live, needsCertificate, type, certificates.data, correcting])

  const selected = options.find((o) => o.certificate.id === draft?.certificateId)

  // The one certificate that can take this business is chosen for the holder.
  useEffect(() => {
    if (!key || !draft || !needsCertificate || draft.certificateId) return
    const eligible = options.filter((o) => o.reasons.length === 0)
    if (eligible.length === 1)
      setKey(useApplyDrafts.getState().selectCertificate(key, eligible[0].certificate.id))
  }, [key, draft, options, needsCertificate])

  if (!context || !live) {
    return (
      <PageState
        status={loadError ? 'error' : 'loading'}
        error={loadError}
        isEmpty
        onRetry={() => void load()}
        loadingText="正在读取办理条件…"
      />
    )
  }
  if (resubmitId && !correcting && !done) {
    return (
      <View className="section" data-testid="resubmit-unavailable">
        <Text className="section__note">
          {original
            ? '这条申请现在不是「已退回」状态，不需要修改后重新提交。请在办事详情中查看它的最新进度。'
            : '没有找到要修改的申请，请回到「办事」重新打开。'}
        </Text>
        <Button type="primary" block onClick={() => void go(ROUTES.applicationDetail(resubmitId))}>
          查看办事详情
        </Button>
      </View>
    )
  }
  if (done || !draft || !key) {
    return (
      <View className="section" data-testid="apply-loading">
        <Text className="section__note">{done ? '已提交，正在打开办理进度…' : '正在打开草稿…'}</Text>
      </View>
    )
  }

  const label = APPLICATION_TYPE_LABELS[type]
  const clientVerdict: VerdictView = checkEligibility({ ...live, type, certificate: selected?.certificate })
  const sourceNumber =
    type === 'TRANSFER_IN' ? normalizeCertificateNumber(String(draft.fields.sourceNumber ?? '')) : ''
  // The backend's verdict holds for what it was asked about: for 跨省转入 also the typed 类别 and 有效期至 (R7).
  const typedSource =
    type === 'TRANSFER_IN' ? `|${draft.fields.category ?? ''}|${draft.fields.validUntil ?? ''}` : ''
  const signature = `${draft.certificateId ?? '-'}|${sourceNumber}${typedSource}`
  const serverVerdict = server && server.signature === signature ? server.verdict : null
  const verdict = serverVerdict ?? clientVerdict
  const fromServer = Boolean(
    serverVerdict &&
    (serverVerdict.allowed !== clientVerdict.allowed || codes(serverVerdict) !== codes(clientVerdict)),
  )
  const built = buildRequest(draft, context.today)
  const errors = { ...(attempted && !built.ok ? built.fieldErrors : {}), ...serverFieldErrors }
  const selectable = options.filter((o) => o.reasons.length === 0)
  const certificatesKnown = certificates.status === 'ready'
  // Nothing to choose: say why, instead of asking the holder to choose.
  const blockedText =
    needsCertificate &&
    !selected &&
    certificatesKnown &&
    selectable.length === 0 &&
    verdictAllowsHolder(live, type)
      ? options.length === 0
        ? `暂未获取到您名下的证书，不能办理${label}。请回到首页点「刷新证书」；外省证书请先办理跨省转入。`
        : `您名下没有可以办理${label}的证书，每本证书不能办理的原因和处理办法见上方「选择证书」。`
      : undefined
  const pendingText = needsCertificate && !selected && !blockedText ? '请在上方选择要办理的证书。' : undefined
  const linkedMissing =
    certificateId &&
    certificates.status === 'ready' &&
    !certificates.data.some((c) => c.id === certificateId) &&
    draft.certificateId === certificateId

  const change = (patch: DraftFields) => {
    useApplyDrafts.getState().update(key, patch)
    setServerFieldErrors((current) => {
      const next = { ...current }
      for (const name of Object.keys(patch)) delete next[name]
      return next
    })
  }

  const select = (id: string) => {
    setKey(useApplyDrafts.getState().selectCertificate(key, id))
    setServerFieldErrors(({ certificateId: _cleared, ...rest }) => rest)
  }

  const next = async () => {
    if (checking) return
    setAttempted(true)
    setBanner(null)
    if (blockedText) {
      setBanner({ tone: 'warn', text: blockedText })
      return
    }
    if (!built.ok) {
      setBanner({ tone: 'warn', text: '还有内容需要填写或修改，请按红色提示处理。已填写的内容已自动保存。' })
      return
    }
    if (!verdict.allowed) {
      setBanner({
        tone: 'warn',
        text: '暂不能办理，请先按「办理条件」中的提示处理。已填写的内容已自动保存。',
      })
      return
    }
    setChecking(true)
    const typed = built.body.fields as Record<string, unknown>
    try {
      const answer = await fetchEligibility({
        type,
        ...(needsCertificate && draft.certificateId ? { certificateId: draft.certificateId } : {}),
        ...(type === 'TRANSFER_IN'
          ? {
              sourceNumber,
              category: typed.category as Category,
              validUntil: String(typed.validUntil ?? ''),
            }
          : {}),
        ...(resubmitId ? { applicationId: resubmitId } : {}),
      })
      setServer({ verdict: answer, signature })
      // R7: a typed value that differs from the national record is also shown under its field.
      const onFields = answer.reasons.filter((r) => r.field)
      if (onFields.length) {
        setServerFieldErrors(Object.fromEntries(onFields.map((r) => [r.field as string, r.message])))
      }
      if (answer.allowed) setStep('confirm')
      else setBanner({ tone: 'warn', text: '省平台核对后暂不能办理，原因和处理办法见「办理条件」。' })
    } catch (err) {
      const e = toApiError(err)
      if (e.retryable) {
        setStep('confirm')
        setBanner({ tone: 'info', text: '网络不稳定，暂时无法向省平台核对办理条件；提交时会再次核对。' })
      } else {
        if (e.fields.length) setServerFieldErrors(fieldErrorsFrom(e))
        setBanner({ tone: 'warn', text: describe(e), code: e.code })
      }
    } finally {
      setChecking(false)
    }
  }

  const finish = (application: Application, title: string) => {
    setDone(true)
    void Taro.showToast({ title, icon: 'success' })
    onSubmitted(application)
  }

  const refused = async (e: ApiError, sent: { certificateId: string | null; signature: string }) => {
    if (e.code === 'IDEMPOTENCY_KEY_REUSED' && resubmitId) {
      // The key already resubmitted it (its answer was lost) if it is no longer sent back.
      const now = await fetchApplication(resubmitId).catch(() => null)
      if (now && !canResubmit(now)) {
        useApplyDrafts.getState().remove(key)
        finish(now, '此前已重新提交')
        return
      }
      useApplyDrafts.getState().renewKey(key)
      setBanner({ tone: 'warn', text: '提交状态已更新，请再点一次「确认提交」。您修改的内容已保存。' })
      return
    }
    if (e.code === 'IDEMPOTENCY_KEY_REUSED') {
      // The key already created an application (its answer was lost): find it and open it.
      await useApplications.getState().reload()
      const earlier = useApplications
        .getState()
        .applications.data.filter(
          (a) =>
            a.type === type && isOpen(a) && (!needsCertificate || a.certificateId === sent.certificateId),
        )
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
      if (earlier) {
        useApplyDrafts.getState().remove(key)
        finish(earlier, '此前已提交')
        return
      }
      useApplyDrafts.getState().renewKey(key)
      setBanner({ tone: 'warn', text: '提交状态已更新，请再点一次「确认提交」。您填写的内容已保存。' })
      return
    }
    const reasons = reasonsFrom(e)
    if (reasons) {
      setServer({ verdict: { allowed: false, reasons, warnings: [] }, signature: sent.signature })
      setBanner({
        tone: 'warn',
        text: '提交未成功：省平台核对未通过，原因和处理办法见下方「办理条件」。您填写的内容已保存。',
      })
      return
    }
    if (e.fields.length) {
      setServerFieldErrors(fieldErrorsFrom(e))
      setAttempted(true)
      setStep('edit')
    }
    const retry = e.retryable ? '可再点「确认提交」重试，不会重复提交。' : ''
    setBanner({
      tone: 'warn',
      text: `提交未成功：${describe(e)}。您填写的内容已保存，${retry || '请按提示处理。'}`,
      code: e.code,
    })
  }

  const submit = async () => {
    if (isSubmitting(key)) return
    const sent = { certificateId: draft.certificateId, signature }
    setSubmitting(true)
    setBanner(null)
    try {
      finish(await submitDraft(key, context.today), resubmitId ? '已重新提交' : '已提交')
    } catch (err) {
      await refused(toApiError(err), sent)
    } finally {
      setSubmitting(false)
    }
  }

  const bannerView = banner && (
    <View className={`notice notice--${banner.tone}`} data-testid="apply-banner">
      <Text>{banner.text}</Text>
      {banner.code && <HelpLink faq={faqForReason({ code: banner.code })} />}
    </View>
  )
  const onFixed = () => setServer(null)

  return (
    <View className="apply" data-testid="apply-form" data-step={step}>
      <View className="section">
        <Text className="section__title">{label}</Text>
        <Text className="section__note">{TYPE_INTROS[type]}</Text>
        {loadError && (
          <Text className="notice notice--warn" onClick={() => void load()}>
            刷新办理条件失败：{loadError.message}（点此重试）
          </Text>
        )}
        {correcting && <SentBackNote application={correcting} />}
        {restored && (
          <Text className="notice notice--info" data-testid="draft-restored">
            已恢复您上次未提交的内容，可以接着填写。
          </Text>
        )}
      </View>

      {step === 'edit' ? (
        <>
          {needsCertificate && (
            <>
              {linkedMissing && (
                <Text className="notice notice--warn">
                  没有在您的证书中找到要办理的证书，请在下面重新选择。
                </Text>
              )}
              {certificates.status === 'error' && certificates.error && (
                <View className="notice notice--warn">
                  <Text>{certificates.error.message}</Text>
                  <Button size="small" onClick={() => void useCertificates.getState().load()}>
                    重试
                  </Button>
                </View>
              )}
              <CertificatePicker
                options={options}
                selectedId={draft.certificateId}
                today={context.today}
                renewalWindowMonths={context.config.renewalWindowMonths}
                loading={certificates.status === 'loading' || certificates.status === 'idle'}
                verified={context.profile.realName.status === 'VERIFIED'}
                error={errors.certificateId}
                onSelect={select}
                onFixed={onFixed}
              />
            </>
          )}
          <TypeFields
            type={type}
            fields={draft.fields}
            errors={errors}
            flagged={correcting ? fieldsToCorrect(correcting).map((f) => f.name) : []}
            employment={employment}
            certificate={selected?.certificate}
            today={context.today}
            onChange={change}
          />
          <VerdictPanel
            verdict={verdict}
            fromServer={fromServer}
            pendingText={pendingText}
            blockedText={blockedText}
            onFixed={onFixed}
          />
          {bannerView}
          <View className="apply__actions">
            <Button
              type="primary"
              block
              loading={checking}
              disabled={checking}
              data-testid="apply-next"
              onClick={() => void next()}
            >
              下一步：核对信息
            </Button>
          </View>
        </>
      ) : (
        <>
          <ApplySummary
            title={label}
            rows={summaryRows({
              type,
              fields: built.ok ? built.body.fields : draft.fields,
              certificate: selected?.certificate,
              employment,
            })}
          />
          {(!verdict.allowed || verdict.warnings.length > 0) && (
            <VerdictPanel verdict={verdict} fromServer={fromServer} onFixed={onFixed} />
          )}
          {bannerView}
          <View className="apply__actions">
            <Button
              type="primary"
              block
              loading={submitting}
              disabled={submitting || !verdict.allowed}
              data-testid="apply-submit"
              onClick={() => void submit()}
            >
              {resubmitId ? '确认重新提交' : '确认提交'}
            </Button>
            <Button
              block
              disabled={submitting}
              data-testid="apply-back"
              onClick={() => {
                setBanner(null)
                setStep('edit')
              }}
            >
              返回修改
            </Button>
          </View>
        </>
      )}
    </View>
  )
}
