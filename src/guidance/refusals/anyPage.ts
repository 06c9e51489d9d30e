/**
 * The refusals any page can meet while it reads (the connection, the sign-in, the platform being
 * busy, 实名认证 not done yet): the part of the refusal table the tab pages carry. The rest, met
 * when filing, is in table.ts, which only the flows load.
 */
import { BETTER_SIGNAL, offline, to, TRY_LATER, type Guidance } from './steps'

export const ANY_PAGE_GUIDANCE = {
  UNAUTHENTICATED: {
    explanation: '为保护您的信息，登录一段时间后会失效，需要重新登录。',
    next: to('home'),
    faq: 'signin-expired',
  },
  NOT_FOUND: {
    explanation: '要查看的内容不存在或已经更新，也可能是二维码已过期。',
    next: to('home'),
    faq: 'qr-code',
  },
  RATE_LIMITED: {
    explanation: '短时间内操作次数太多，系统暂时限制了访问。',
    next: TRY_LATER,
    faq: 'network',
  },
  INTERNAL: {
    explanation: '省平台服务临时出了故障，不是您操作的问题。',
    next: TRY_LATER,
    faq: 'network',
  },
  SERVICE_UNAVAILABLE: {
    explanation: '省平台正在维护或十分繁忙，暂时无法办理。',
    next: TRY_LATER,
    faq: 'network',
  },
  REALNAME_REQUIRED: {
    explanation: '办理任何证书业务前，都要先实名认证，确认是本人办理。',
    next: to('realname'),
    faq: 'realname-why',
  },
  NETWORK: {
    explanation: '手机没有连上网络，或者信号太弱。',
    next: BETTER_SIGNAL,
    faq: 'network',
  },
  TIMEOUT: {
    explanation: '网络太慢，等待时间过长。',
    next: BETTER_SIGNAL,
    faq: 'network',
  },
  BAD_RESPONSE: {
    explanation: '收到的内容不完整，多是网络不稳定造成的。',
    next: BETTER_SIGNAL,
    faq: 'network',
  },
  ABORTED: {
    explanation: '这次操作已取消，没有保存任何改动。',
    next: offline('需要时再重新操作'),
    faq: 'photo-upload',
  },
} satisfies Record<string, Guidance>

export type AnyPageCode = keyof typeof ANY_PAGE_GUIDANCE

/** For a code the table does not know (a newer backend): general help, never nothing. */
export const FALLBACK_GUIDANCE: Guidance = {
  explanation: '暂时无法办理，可以先看看常见问题中的处理办法。',
  next: TRY_LATER,
  faq: 'network',
}

/** The guidance for a failed read: its code's, or general help for one not listed here. */
export function anyPageGuidanceFor(code: string | null | undefined): Guidance {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ANY_PAGE_GUIDANCE, code)
    ? ANY_PAGE_GUIDANCE[code as AnyPageCode]
    : FALLBACK_GUIDANCE
}
