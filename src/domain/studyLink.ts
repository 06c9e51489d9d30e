/**
 * Renewal study links (延期复核 学习环节): opened inside the app only when the link is https and its
 * host is on the configured allow-list; any other link is offered for copying, with instructions.
 */
export type StudyLinkVerdict =
  { open: true; url: string; host: string } | { open: false; url: string; reason: string }

export const STUDY_LINK_COPY_TIP =
  '复制链接后，在手机浏览器中粘贴打开完成学习；学完回到「办事」刷新查看学时。'

export function checkStudyLink(raw: string | undefined, allowedHosts: readonly string[]): StudyLinkVerdict {
  const url = (raw ?? '').trim()
  if (!url) return { open: false, url, reason: '学习链接还未发布，请稍后刷新' }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { open: false, url, reason: '学习链接格式不正确，请联系聘用企业核实' }
  }
  if (parsed.protocol !== 'https:') {
    return { open: false, url, reason: '该链接不是安全链接（https），不能在小程序内打开' }
  }
  if (parsed.username || parsed.password) {
    return { open: false, url, reason: '该链接格式异常，不能在小程序内打开' }
  }
  const host = parsed.hostname.toLowerCase()
  const allowed = allowedHosts.some((h) => h.toLowerCase() === host)
  if (!allowed) return { open: false, url, reason: `该链接的网站（${host}）不在小程序可打开的范围内` }
  return { open: true, url: parsed.toString(), host }
}
