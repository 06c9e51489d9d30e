/**
 * Who may talk to the reference backend, and how: the Host names it answers to (a page on another
 * name that resolves to this machine, DNS rebinding, is refused), the browser origins that may read
 * its answers (CORS, without credentials), and the operator interface, which answers only on the
 * loopback interface, only with the token printed at start, and only to JSON writes.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from './context'
import { fail } from './errors'
import { sendFailure } from './http'

/** Names a loopback listener answers to whatever the configuration says. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]']

/**
 * The H5 builds that may call the backend from a browser: the development server (npm start,
 * port 10086) and the static server of the browser tests (port 10087).
 */
export const DEFAULT_CORS_ORIGINS = [
  'http://127.0.0.1:10086',
  'http://localhost:10086',
  'http://127.0.0.1:10087',
]

export const OPERATOR_TOKEN_HEADER = 'x-operator-token'

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const a = address.toLowerCase()
  return a === '::1' || a === 'localhost' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)
}

/** The host name of a Host header, lower-case, without the port ('[::1]' keeps its brackets). */
export function hostName(header: string | undefined): string | null {
  if (!header) return null
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim())
  return m ? m[1].toLowerCase().replace(/\.$/, '') : null
}

/** onRequest: every route, the operator interface and unknown paths included. */
export function hostCheck(services: Services, allowed: readonly string[]) {
  const names = new Set(allowed.map((h) => hostName(h)).filter((h): h is string => h !== null))
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const name = hostName(request.headers.host)
    if (name && names.has(name)) return
    request.log.info({ host: request.headers.host?.slice(0, 100) }, 'refused: Host not configured')
    return sendFailure(
      reply,
      services,
      fail('NOT_FOUND', '访问的地址（Host）不是本服务配置的名称，请使用正确的服务地址', { status: 421 }),
    )
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * onRequest for every /__operator route. Order: the network (loopback, not through a proxy), the
 * token, then the content type of writes, so nothing is parsed for a caller who may not be here.
 */
export function operatorGuard(services: Services, token: string) {
  const expected = digest(token)
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const forwarded = request.headers['x-forwarded-for'] ?? request.headers.forwarded
    if (!isLoopbackAddress(request.socket.remoteAddress) || forwarded !== undefined) {
      // Not on this machine, or relayed by a proxy: the operator interface does not exist there.
      return sendFailure(reply, services, fail('NOT_FOUND', `没有这个接口：${request.method} /__operator`))
    }
    const given = request.headers[OPERATOR_TOKEN_HEADER]
    if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) {
      return sendFailure(
        reply,
        services,
        fail(
          'UNAUTHENTICATED',
          '运营接口需要令牌：请在请求头 X-Operator-Token 中填写参考后端启动时打印的 operator token',
        ),
      )
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]
        .trim()
        .toLowerCase()
      if (type !== 'application/json') {
        return sendFailure(
          reply,
          services,
          fail('VALIDATION_FAILED', '运营接口只接受 JSON：写操作请带 Content-Type: application/json', {
            status: 415,
          }),
        )
      }
    }
  }
}
