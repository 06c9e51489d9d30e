/**
 * Renewal study links (延期复核 学习环节): opened inside the app only when the link is https and its
 * host is on the configured allow-list; any other link is offered for copying, with instructions.
 * The check is the strict matcher in httpsLink.ts, never the global URL (see there why).
 */
import { matchHttpsLink, type HttpsLinkProblem } from './httpsLink'

export type StudyLinkVerdict =
  { open: true; url: string; host: string } | { open: false; url: string; reason: string }

export const STUDY_LINK_COPY_TIP =
  '复制链接后，在手机浏览器中粘贴打开完成学习；学完回到「办事」刷新查看学时。'

const REASONS: Record<HttpsLinkProblem, (host?: string) => string> = {
  EMPTY: () => '学习链接还未发布，请稍后刷新',
  NOT_A_LINK: () => '学习链接格式不正确，请联系聘用企业核实',
  NOT_HTTPS: () => '该链接不是安全链接（https），不能在小程序内打开',
  USERINFO: () => '该链接格式异常（含有用户名或密码），不能在小程序内打开',
  BAD_CHARACTER: () => '该链接格式异常（含有不允许的字符），不能在小程序内打开',
  BAD_HOST: () => '学习链接的网址格式不正确，请联系聘用企业核实',
  BAD_PORT: () => '该链接格式异常（端口不是 https 默认端口），不能在小程序内打开',
  HOST_NOT_ALLOWED: (host) => `该链接的网站（${host ?? ''}）不在小程序可打开的范围内`,
}

export function checkStudyLink(raw: string | undefined, allowedHosts: readonly string[]): StudyLinkVerdict {
  const url = (raw ?? '').trim()
  const match = matchHttpsLink(url, allowedHosts)
  if (match.ok) return { open: true, url: match.url, host: match.host }
  return { open: false, url, reason: REASONS[match.problem](match.host) }
}
