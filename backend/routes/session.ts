/** Sign-in and the client configuration: the two operations that need no token. */
import type { HandlerMap, Services } from '../context'
import { fail, validationFailed } from '../errors'
import { randomId, type UserRecord } from '../store'

/**
 * Which user a login code stands for. A real backend exchanges the WeChat code for an openid; the
 * reference backend maps demo codes to seeded holders and any other code to the default holder.
 */
export function userForLoginCode(code: string, services: Services): UserRecord {
  const { store, clock } = services
  const fresh = /^demo:new:(.+)$/.exec(code)
  if (fresh) {
    // The same code signs in the same new user again (a silent re-login keeps its progress).
    const existing = store.state.users.find((u) => u.loginKey === code)
    if (existing) return existing
    const user: UserRecord = {
      id: randomId('u_', 8),
      loginKey: code,
      realName: null,
      photo: null,
      employment: null,
      certificatesLinked: false,
      createdAt: clock.nowIso(),
    }
    store.state.users.push(user)
    return user
  }
  const demo = /^demo:(.+)$/.exec(code)
  const key = demo ? demo[1] : store.state.loginDefault
  const holder = store.state.users.find((u) => u.holderKey === key)
  if (!holder) {
    if (demo)
      throw validationFailed([{ field: 'code', message: `没有演示人员「${key}」` }], `没有演示人员「${key}」`)
    throw fail('SERVICE_UNAVAILABLE', '默认演示人员不存在，请在运营接口中重新设置')
  }
  return holder
}

export const sessionHandlers: HandlerMap = {
  createSession(ctx) {
    const { services } = ctx
    const wait = services.sessionLimiter.hit(ctx.request.ip)
    if (wait !== null) {
      throw fail('RATE_LIMITED', undefined, {
        headers: { 'Retry-After': String(wait) },
        details: { retryAfterSeconds: wait },
      })
    }
    const { code } = ctx.body as { code: string }
    const user = userForLoginCode(code.trim(), services)
    return { status: 201, data: services.sessions.issue(user.id) }
  },

  getConfig(ctx) {
    return { data: ctx.services.config }
  },
}
