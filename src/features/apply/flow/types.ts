import type { Certificate } from '../../../data/certificates/api'
import type { ReasonView } from '../../../guidance/fix'

/** 填写 (edit) or 核对信息 (confirm); checking and submitting are flags on top of them. */
export type Step = 'edit' | 'confirm'

export interface VerdictView {
  allowed: boolean
  reasons: ReasonView[]
  warnings: ReasonView[]
}

export interface Banner {
  tone: 'warn' | 'info'
  text: string
  /** The refusal's error code: the banner links to its 常见问题 entry. */
  code?: string
}

/** The backend's verdict, valid for the certificate (and source number) it was given. */
export interface ServerAnswer {
  verdict: VerdictView
  signature: string
}

export interface CertificateOption {
  certificate: Certificate
  /** Reasons that concern this certificate (holder-wide ones such as R1 and R2 are shown once, below). */
  reasons: ReasonView[]
}
