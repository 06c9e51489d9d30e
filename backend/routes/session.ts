/** Sign-in and the client configuration: the two operations that need no token. */
import { header, type HandlerMap, type Services } from '../context'
import { fail, validationFailed } from '../errors'
import { randomId, type UserRecord } from '../store'

/**
 * Which user a login code stands for. A real backend exchanges the WeChat code for an openid; the
 * reference backend, with its development stand-ins on, maps demo codes to seeded holders and any
 * other code to the default holder. With them off it cannot reach WeChat and signs nobody in.
 */
export function userForLoginCode(code: string, services: Services): UserRecord {
  const { store, clock } = services
  if (!services.demo) {
    throw fail('SERVICE_UNAVAILABLE', '登录服务暂未接通，暂时无法登录，请稍后再试')
  }
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
      throw fail('RATE_LIMITED', `登录过于频繁，请在 ${wait} 秒后再试`, {
        headers: { 'Retry-After': String(wait) },
        details: { retryAfterSeconds: wait },
      })
    }
    const { code } = ctx.body as { code: string }
    const user = userForLoginCode(code.trim(), services)
    return { status: 201, data: services.sessions.issue(user.id) }
  },

  /** 退出登录: the token stops working at once (the app forgets it too). */
  deleteSession(ctx) {
    ctx.services.sessions.revoke(header(ctx, 'Authorization'))
    return { data: null }
  },

  getConfig(ctx) {
    return { data: ctx.services.config }
  },
}
