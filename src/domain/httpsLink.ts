/**
 * A strict matcher for https links to allow-listed hosts, written without the global URL. In the
 * weapp build the global URL is the Taro runtime's own loose parser, which reads
 * `https://allowed.example:@evil.example/` as a link to allowed.example while the web-view opens
 * evil.example. This matcher accepts only the plain shape
 *
 *   https://<allowed host>[:443][/path][?query][#fragment]
 *
 * with no user information, no backslash, no whitespace or control characters and only the
 * characters RFC 3986 allows after the host (anything else is percent-encoded by whoever publishes
 * the link). The client's study-link check and the reference backend (which refuses to publish a
 * link that fails it) share it.
 */
export type HttpsLinkProblem =
  | 'EMPTY'
  | 'NOT_A_LINK'
  | 'NOT_HTTPS'
  | 'USERINFO'
  | 'BAD_CHARACTER'
  | 'BAD_HOST'
  | 'BAD_PORT'
  | 'HOST_NOT_ALLOWED'

export type HttpsLinkMatch =
  { ok: true; url: string; host: string } | { ok: false; problem: HttpsLinkProblem; host?: string }

/** A DNS name of letters, digits and hyphens (punycode for other scripts), at most 253 characters. */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
/** RFC 3986 characters for path, query and fragment; `%` must start a valid escape (checked below). */
const REST = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/
/** C0 and C1 controls, DEL, any whitespace (ASCII or not) and the backslash. */
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\\]/
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/

const refuse = (problem: HttpsLinkProblem, host?: string): HttpsLinkMatch =>
  host === undefined ? { ok: false, problem } : { ok: false, problem, host }

/** Matches `raw` as given (callers trim surrounding spaces first if they allow them). */
export function matchHttpsLink(raw: string, allowedHosts: readonly string[]): HttpsLinkMatch {
  if (typeof raw !== 'string' || raw === '') return refuse('EMPTY')
  if (!SCHEME.test(raw)) return refuse('NOT_A_LINK')
  if (raw.slice(0, 8).toLowerCase() !== 'https://') return refuse('NOT_HTTPS')
  if (FORBIDDEN.test(raw)) return refuse('BAD_CHARACTER')
  const afterScheme = raw.slice(8)
  const end = afterScheme.search(/[/?#]/)
  const authority = end < 0 ? afterScheme : afterScheme.slice(0, end)
  const rest = end < 0 ? '' : afterScheme.slice(end)
  if (authority.includes('@')) return refuse('USERINFO')
  const parts = /^([^:]*)(?::([^:]*))?$/.exec(authority)
  if (!parts) return refuse('BAD_HOST')
  const host = parts[1].toLowerCase()
  if (!HOST.test(host)) return refuse('BAD_HOST')
  if (parts[2] !== undefined && parts[2] !== '443') return refuse('BAD_PORT')
  if (!REST.test(rest) || BAD_ESCAPE.test(rest)) return refuse('BAD_CHARACTER')
  const allowed = allowedHosts.some((h) => typeof h === 'string' && h.trim().toLowerCase() === host)
  if (!allowed) return refuse('HOST_NOT_ALLOWED', host)
  const path = rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`
  return { ok: true, url: `https://${host}${path}`, host }
}
