/**
 * Where a QR code should take the holder. A mini-program code carries `scene` (at most 32 visible
 * characters, URL-encoded on arrival); a normal-link QR code carries `q` (the encoded URL).
 * Anything unexpected lands on 首页 with a short notice: never a blank page, never a throw.
 */
import type { HolderApplicationType, Schemas } from './types'

/**
 * The contract's destinations (home, application, apply, employment), plus the one a code can only
 * name before it is resolved: a scene token the backend turns into one of those (SceneResolution).
 */
export type LaunchDestination = Schemas['LaunchDestination'] | { kind: 'sceneToken'; token: string }

export const LAUNCH_NOTICE = '二维码内容无法识别，已为您打开首页'

/** WeChat's limit for the scene of an unlimited mini-program code. */
export const SCENE_MAX_LENGTH = 32

/** A normal-link URL longer than this is not one of ours. */
const URL_MAX_LENGTH = 1024

const ID = /^[A-Za-z0-9_-]{1,32}$/
const BARE_TOKEN = /^[A-Za-z0-9]{6,32}$/

/** Two-letter form codes in scenes (space is scarce: 32 characters). */
export const SCENE_FORM_CODES: Record<HolderApplicationType, string> = {
  RENEWAL: 'RN',
  TRANSFER_IN: 'TI',
  TRANSFER_OUT: 'TO',
  CHANGE_EMPLOYER: 'CE',
  CANCELLATION: 'CA',
}

/** Path segments of the forms in normal-link URLs: /mp/apply/<slug>. */
export const LINK_FORM_SLUGS: Record<HolderApplicationType, string> = {
  RENEWAL: 'renewal',
  TRANSFER_IN: 'transfer-in',
  TRANSFER_OUT: 'transfer-out',
  CHANGE_EMPLOYER: 'change-employer',
  CANCELLATION: 'cancellation',
}

function reverse(map: Record<HolderApplicationType, string>): Map<string, HolderApplicationType> {
  const out = new Map<string, HolderApplicationType>()
  for (const [type, code] of Object.entries(map)) out.set(code, type as HolderApplicationType)
  return out
}
// Maps, not objects: a key from a QR code is looked up only among our own entries, so `__proto__`,
// `constructor` or `toString` are unknown codes like any other, never an inherited property.
const TYPE_BY_SCENE_CODE = reverse(SCENE_FORM_CODES)
const TYPE_BY_SLUG = reverse(LINK_FORM_SLUGS)

const unreadable = (): LaunchDestination => ({ kind: 'home', notice: LAUNCH_NOTICE })

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

export function parseLaunchQuery(query: Record<string, string | undefined> | undefined): LaunchDestination {
  try {
    if (!query || typeof query !== 'object') return { kind: 'home' }
    const own = (key: string) => (Object.prototype.hasOwnProperty.call(query, key) ? query[key] : undefined)
    const scene = own('scene')
    const q = own('q')
    if (typeof scene === 'string' && scene !== '') return parseScene(scene)
    if (typeof q === 'string' && q !== '') return parseLink(q)
    // Present but not a string (a caller passing raw options): unreadable rather than ignored.
    if ((scene !== undefined && scene !== '') || (q !== undefined && q !== '')) return unreadable()
    return { kind: 'home' }
  } catch {
    return unreadable()
  }
}

/** `a=<id>` | `f=<RN|TI|TO|CE|CA>[&c=<certificateId>]` | `e=1` | `t=<token>` | bare token. */
function parseScene(raw: string): LaunchDestination {
  const scene = decode(raw)
  if (scene === undefined || scene.length === 0 || scene.length > SCENE_MAX_LENGTH) return unreadable()

  if (!scene.includes('=')) {
    return BARE_TOKEN.test(scene) ? { kind: 'sceneToken', token: scene } : unreadable()
  }

  const params = new Map<string, string>()
  for (const pair of scene.split('&')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) return unreadable()
    const key = pair.slice(0, eq)
    if (params.has(key)) return unreadable()
    params.set(key, pair.slice(eq + 1))
  }
  const keys = [...params.keys()].sort().join(',')
  const get = (k: string) => params.get(k) ?? ''

  switch (keys) {
    case 'a':
      return ID.test(get('a')) ? { kind: 'application', id: get('a') } : unreadable()
    case 'f':
    case 'c,f': {
      const type = TYPE_BY_SCENE_CODE.get(get('f'))
      if (!type) return unreadable()
      if (!params.has('c')) return { kind: 'apply', type }
      return ID.test(get('c')) ? { kind: 'apply', type, certificateId: get('c') } : unreadable()
    }
    case 'e':
      return get('e') === '1' ? { kind: 'employment' } : unreadable()
    case 't':
      return ID.test(get('t')) ? { kind: 'sceneToken', token: get('t') } : unreadable()
    default:
      return unreadable()
  }
}

const URL_SHAPE = /^(https?):\/\/([A-Za-z0-9.-]+(?::\d{1,5})?)(\/[^?#]*)?(\?[^#]*)?(#.*)?$/i

/**
 * The URL behind a normal-link QR code. Parsed by hand: the WeChat runtime has no URL class.
 * Unknown query parameters (tracking tags) are ignored; the path must be one of ours.
 */
function parseLink(raw: string): LaunchDestination {
  let url = decode(raw)
  // Tolerate one extra layer of encoding (some generators encode twice).
  if (url !== undefined && /^https?%3A/i.test(url)) url = decode(url)
  if (url === undefined || url.length > URL_MAX_LENGTH) return unreadable()
  const m = URL_SHAPE.exec(url.trim())
  if (!m) return unreadable()

  const path = (m[3] ?? '/').replace(/\/+$/, '')
  const params = new Map<string, string>()
  for (const pair of (m[4] ?? '').slice(1).split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    const key = decode(eq < 0 ? pair : pair.slice(0, eq))
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1).replace(/\+/g, ' '))
    if (key === undefined || value === undefined) return unreadable()
    if (!params.has(key)) params.set(key, value)
  }

  const segments = path.split('/').slice(1)
  if (segments[0] !== 'mp') return unreadable()
  const [, section, arg, ...extra] = segments
  if (extra.length) return unreadable()

  if (section === undefined) return { kind: 'home' }
  if (section === 'employment' && arg === undefined) return { kind: 'employment' }
  if (arg === undefined) return unreadable()
  if (section === 'applications') return ID.test(arg) ? { kind: 'application', id: arg } : unreadable()
  if (section === 's') return ID.test(arg) ? { kind: 'sceneToken', token: arg } : unreadable()
  if (section === 'apply') {
    const type = TYPE_BY_SLUG.get(arg)
    if (!type) return unreadable()
    const certificateId = params.get('certificate')
    if (certificateId === undefined) return { kind: 'apply', type }
    return ID.test(certificateId) ? { kind: 'apply', type, certificateId } : unreadable()
  }
  return unreadable()
}

function assertId(value: string, what: string): void {
  if (!ID.test(value)) throw new RangeError(`${what} must match ${ID}: ${value}`)
}

/**
 * The scene for a mini-program code (raw, not URL-encoded: WeChat accepts `=` and `&`).
 * Throws for home and for anything that would not fit in 32 characters.
 */
export function buildScene(dest: Exclude<LaunchDestination, { kind: 'home' }>): string {
  let scene: string
  switch (dest.kind) {
    case 'application':
      assertId(dest.id, 'application id')
      scene = `a=${dest.id}`
      break
    case 'apply':
      scene = `f=${SCENE_FORM_CODES[dest.type]}`
      if (dest.certificateId !== undefined) {
        assertId(dest.certificateId, 'certificate id')
        scene += `&c=${dest.certificateId}`
      }
      break
    case 'employment':
      scene = 'e=1'
      break
    case 'sceneToken':
      assertId(dest.token, 'token')
      scene = BARE_TOKEN.test(dest.token) ? dest.token : `t=${dest.token}`
      break
    default:
      throw new RangeError('buildScene needs a destination other than home')
  }
  if (scene.length > SCENE_MAX_LENGTH) {
    throw new RangeError(`scene is ${scene.length} characters, WeChat allows ${SCENE_MAX_LENGTH}: ${scene}`)
  }
  return scene
}

/** The path of a normal-link URL for a destination (prefix it with the registered https origin). */
export function buildLinkPath(dest: LaunchDestination): string {
  switch (dest.kind) {
    case 'home':
      return '/mp/'
    case 'application':
      assertId(dest.id, 'application id')
      return `/mp/applications/${dest.id}`
    case 'apply': {
      const base = `/mp/apply/${LINK_FORM_SLUGS[dest.type]}`
      if (dest.certificateId === undefined) return base
      assertId(dest.certificateId, 'certificate id')
      return `${base}?certificate=${dest.certificateId}`
    }
    case 'employment':
      return '/mp/employment'
    case 'sceneToken':
      assertId(dest.token, 'token')
      return `/mp/s/${dest.token}`
  }
}
