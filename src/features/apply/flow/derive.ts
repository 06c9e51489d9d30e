/** What the form shows, worked out from the draft, the rules' context and the backend's last answer. */
import { APPLICATION_TYPE_LABELS } from '../../../domain/applicationTypes'
import { normalizeCertificateNumber } from '../../../domain/certificateNumber'
import { checkEligibility } from '../../../domain/eligibility'
import type { CertificateCategory as Category, HolderApplicationType } from '../../../domain/types'
import type { Application, EligibilityRequest } from '../../../data/apply/api'
import type { ApplyDraft } from '../../../data/apply/drafts'
import { buildRequest, type BuiltRequest } from '../../../data/apply/submit'
import type { Certificate } from '../../../data/certificates/api'
import type { Employment } from '../../../data/employment/api'
import type { EligibilityContext } from '../../../data/loaders/eligibilityContext'
import { BANNERS } from './state'
import type { CertificateOption, ServerAnswer, VerdictView } from './types'

const codes = (v: VerdictView) =>
  v.reasons
    .map((r) => r.code)
    .sort()
    .join(',')

/** A correction is not "another open application" for its own R2 check. */
export function liveContext(
  context: EligibilityContext | null,
  employment: Employment | null,
  resubmitId: string | undefined,
): EligibilityContext | null {
  return context
    ? {
        ...context,
        employment,
        openApplications: context.openApplications.filter((a) => a.id !== resubmitId),
      }
    : null
}

/** Each certificate with the reasons that concern it alone; a correction stays on its own certificate. */
export function certificateOptions(
  live: EligibilityContext | null,
  type: HolderApplicationType,
  certificates: readonly Certificate[],
  correcting: Application | null,
): CertificateOption[] {
  if (!live || type === 'TRANSFER_IN') return []
  const holderWide = new Set(checkEligibility({ ...live, type }).reasons.map((r) => `${r.rule}|${r.code}`))
  const list = correcting ? certificates.filter((c) => c.id === correcting.certificateId) : certificates
  return list.map((certificate) => ({
    certificate,
    reasons: checkEligibility({ ...live, type, certificate }).reasons.filter(
      (r) => !holderWide.has(`${r.rule}|${r.code}`),
    ),
  }))
}

export interface FormInput {
  type: HolderApplicationType
  live: EligibilityContext
  draft: ApplyDraft
  options: CertificateOption[]
  server: ServerAnswer | null
  attempted: boolean
  serverFieldErrors: Record<string, string>
  /** The certificates have been read (not loading, not failed). */
  certificatesKnown: boolean
  certificates: readonly Certificate[]
  /** The certificate the form was opened for (证书详情 or a QR code). */
  linkedId?: string
}

export interface FormView {
  selected?: CertificateOption
  /** What the backend's verdict was asked about; a verdict for anything else no longer holds. */
  signature: string
  sourceNumber: string
  verdict: VerdictView
  /** The backend's answer differs from the phone's own check. */
  fromServer: boolean
  built: BuiltRequest
  errors: Record<string, string>
  blockedText?: string
  pendingText?: string
  /** The linked certificate is not among the holder's. */
  linkedMissing: boolean
}

export function deriveForm(input: FormInput): FormView {
  const { type, live, draft, options, server } = input
  const needsCertificate = type !== 'TRANSFER_IN'
  const label = APPLICATION_TYPE_LABELS[type]
  const selected = options.find((o) => o.certificate.id === draft.certificateId)
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
  const built = buildRequest(draft, live.today)
  const errors = { ...(input.attempted && !built.ok ? built.fieldErrors : {}), ...input.serverFieldErrors }
  const selectable = options.filter((o) => o.reasons.length === 0)
  // Nothing to choose: say why, instead of asking the holder to choose. Only once the holder-wide
  // rules (R1, R2) pass is "no certificate can be chosen" the thing to say.
  const blockedText =
    needsCertificate &&
    !selected &&
    input.certificatesKnown &&
    selectable.length === 0 &&
    checkEligibility({ ...live, type }).allowed
      ? options.length === 0
        ? `暂未获取到您名下的证书，不能办理${label}。请回到首页点「刷新证书」；外省证书请先办理跨省转入。`
        : `您名下没有可以办理${label}的证书，每本证书不能办理的原因和处理办法见上方「选择证书」。`
      : undefined
  const pendingText = needsCertificate && !selected && !blockedText ? '请在上方选择要办理的证书。' : undefined
  const linkedMissing = Boolean(
    input.linkedId &&
    input.certificatesKnown &&
    !input.certificates.some((c) => c.id === input.linkedId) &&
    draft.certificateId === input.linkedId,
  )
  return {
    selected,
    signature,
    sourceNumber,
    verdict,
    fromServer,
    built,
    errors,
    blockedText,
    pendingText,
    linkedMissing,
  }
}

/** 下一步 with something still to do on the phone: what to say instead of asking the backend. */
export function heldText(view: FormView): string | null {
  if (view.blockedText) return view.blockedText
  if (!view.built.ok) return BANNERS.incomplete
  if (!view.verdict.allowed) return BANNERS.notAllowed
  return null
}

/** What 下一步 asks the backend: the certificate, for 跨省转入 the typed source, for a correction its id. */
export function eligibilityRequest(
  type: HolderApplicationType,
  draft: ApplyDraft,
  typed: Record<string, unknown>,
  sourceNumber: string,
  resubmitId?: string,
): EligibilityRequest {
  return {
    type,
    ...(type !== 'TRANSFER_IN' && draft.certificateId ? { certificateId: draft.certificateId } : {}),
    ...(type === 'TRANSFER_IN'
      ? {
          sourceNumber,
          category: typed.category as Category,
          validUntil: String(typed.validUntil ?? ''),
        }
      : {}),
    ...(resubmitId ? { applicationId: resubmitId } : {}),
  }
}
