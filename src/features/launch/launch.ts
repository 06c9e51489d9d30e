/**
 * QR entry: turns the launch query (`scene` from a mini-program code, `q` from a normal-link QR
 * code) into a page, on a cold start and when the app is already open. An opaque scene token is
 * resolved by the backend. Anything unknown or malformed lands on 首页 with a short notice.
 */
import Taro from '@tarojs/taro'
import { isHolderApplicationType } from '../../domain/applicationTypes'
import { LAUNCH_NOTICE, parseLaunchQuery, type LaunchDestination } from '../../domain/launchQuery'
import { ROUTES, TAB_ROUTES } from '../../routes'
import { request } from '../../services/http'
import { ApiError } from '../../services/errors'
import { go } from '../../services/navigation'

type Resolved = Exclude<LaunchDestination, { kind: 'sceneToken' }>

export function urlFor(dest: Resolved): string {
  switch (dest.kind) {
    case 'application':
      return ROUTES.applicationDetail(dest.id)
    case 'apply':
      return ROUTES.apply(dest.type, dest.certificateId)
    case 'employment':
      return TAB_ROUTES.mine
    default:
      return TAB_ROUTES.home
  }
}

async function resolve(dest: LaunchDestination): Promise<Resolved> {
  if (dest.kind !== 'sceneToken') return dest
  try {
    const { destination } = await request<{ destination: Resolved }>(
      `/v1/scenes/${encodeURIComponent(dest.token)}`,
    )
    return parseResolved(destination)
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NOT_FOUND') return { kind: 'home', notice: err.message }
    const why = err instanceof ApiError ? err.message : '网络不稳定'
    return { kind: 'home', notice: `${why}，二维码暂未打开，请稍后重新扫码` }
  }
}

/** The backend's answer passes the same checks as a printed QR code. */
function parseResolved(value: Resolved | undefined): Resolved {
  if (!value || typeof value !== 'object') return { kind: 'home', notice: LAUNCH_NOTICE }
  if (value.kind === 'home' || value.kind === 'employment') return { kind: value.kind }
  if (value.kind === 'application' && typeof value.id === 'string') return value
  if (value.kind === 'apply' && isHolderApplicationType(value.type)) return value
  return { kind: 'home', notice: LAUNCH_NOTICE }
}

let last: { key: string; at: number } | null = null

/**
 * The page a QR code opens (首页) must be on screen before another page is opened over it: in the
 * H5 build a page opened earlier ends up beneath it and stays hidden. 首页 reports its first
 * ready; a launch that opens on another page goes ahead after a short wait.
 */
let markReady: () => void = () => {}
const firstPageReady = new Promise<void>((ready) => {
  markReady = ready
})
export function launchPageReady(): void {
  markReady()
}
const READY_WAIT_MS = 2000

/**
 * Opens the destination of a launch query. Returns what it opened, or null for a plain start.
 * WeChat reports the same query to onLaunch and the following onShow: handled once.
 */
export async function openLaunchQuery(query: Record<string, string | undefined> | undefined) {
  const scene = query?.scene
  const q = query?.q
  if (!scene && !q) return null
  const key = `${scene ?? ''}|${q ?? ''}`
  if (last && last.key === key && Date.now() - last.at < 3000) return null
  last = { key, at: Date.now() }

  const dest = await resolve(parseLaunchQuery(query))
  const url = urlFor(dest)
  await Promise.race([firstPageReady, new Promise((r) => setTimeout(r, READY_WAIT_MS))])
  await go(url)
  if (dest.kind === 'home' && dest.notice) {
    // After the switch, so the toast is not lost with the page change.
    setTimeout(
      () => void Taro.showToast({ title: dest.notice ?? LAUNCH_NOTICE, icon: 'none', duration: 3000 }),
      300,
    )
  }
  return { dest, url }
}
