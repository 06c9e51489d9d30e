/**
 * Crafted links and QR codes, as an attacker would print or publish them. The study-link check must
 * hold under the URL class the weapp build really has (the Taro runtime's, which webpack provides
 * as the global URL there), and the QR parser must only know its own codes.
 */
import { checkStudyLink, LAUNCH_NOTICE, matchHttpsLink, parseLaunchQuery } from '../../../src/domain'

const HOST = 'study.ahjsjg.example.cn'
const HOSTS = [HOST]

/** Links that must never open in the web-view (each would open another site, or is not plain). */
const ATTACKS = [
  `https://${HOST}:@evil.example/`,
  `https://${HOST}:x@evil.example/`,
  `https://${HOST}@evil.example/`,
  `https://user:pw@${HOST}/x`,
  `https://${HOST}\\@evil.example/`,
  `https://${HOST}\\.evil.example/`,
  `https:\\\\${HOST}/x`,
  `https:/${HOST}/x`,
  `https://${HOST}.evil.example/`,
  `https://${HOST}:8443/x`,
  `https://${HOST}:/x`,
  `https://${HOST}%2F@evil.example/`,
  `https://${HOST}%40evil.example/`,
  `https://${HOST}\t.evil.example/`,
  `https://${HOST}/\nx`,
  `https://${HOST}\u0000@evil.example/`,
  `https://${HOST}\u3000/x`,
  `https://${HOST}/a b`,
  `https://${HOST}/%zz`,
  `http://${HOST}/x`,
  `//${HOST}/x`,
  `javascript://${HOST}/%0aalert(1)`,
  `https://[::1]/x`,
  `https://${HOST}.:443/x`,
]

/** The URL class webpack provides in the weapp build (the Taro runtime's, not a WHATWG URL). */
function taroUrlClass(): typeof URL {
  const g = globalThis as Record<string, unknown>
  for (const flag of [
    'ENABLE_INNER_HTML',
    'ENABLE_ADJACENT_HTML',
    'ENABLE_SIZE_APIS',
    'ENABLE_TEMPLATE_CONTENT',
    'ENABLE_MUTATION_OBSERVER',
    'ENABLE_CLONE_NODE',
    'ENABLE_CONTAINS',
    'DEPRECATED_ADAPTER_COMPONENT',
  ])
    if (!(flag in g)) g[flag] = false
  // The CommonJS build of the runtime; outside the web platform its URL export is TaroURL.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const runtime = require('@tarojs/runtime/dist/index.cjs.js') as { URL: typeof URL }
  return runtime.URL
}

describe('study links under the Taro runtime URL (what the weapp build has)', () => {
  const nodeUrl = globalThis.URL
  let TaroURL: typeof URL
  beforeAll(() => {
    TaroURL = taroUrlClass()
    expect(TaroURL.name).toBe('TaroURL')
    // The reason this test exists: the Taro parser reads the first attack as a link to the allowed host.
    expect(new TaroURL(ATTACKS[0]).hostname).toBe(HOST)
    globalThis.URL = TaroURL
  })
  afterAll(() => {
    globalThis.URL = nodeUrl
  })

  test.each(ATTACKS)('%j is not opened', (link) => {
    const verdict = checkStudyLink(link, HOSTS)
    expect(verdict.open).toBe(false)
    if (!verdict.open) expect(verdict.reason).toMatch(/[\u4e00-\u9fff]/)
  })

  test('a plain link on the allowed host still opens, normalised', () => {
    expect(checkStudyLink(`HTTPS://Study.AHJSJG.example.cn:443/course/42?from=mp#top`, HOSTS)).toEqual({
      open: true,
      url: `https://${HOST}/course/42?from=mp#top`,
      host: HOST,
    })
    expect(checkStudyLink(`https://${HOST}`, HOSTS)).toMatchObject({ open: true, url: `https://${HOST}/` })
    expect(checkStudyLink(`https://${HOST}/课程`, HOSTS).open).toBe(false)
    expect(checkStudyLink(`https://${HOST}/%E8%AF%BE`, HOSTS).open).toBe(true)
  })
})

describe('the strict matcher (shared with the backend)', () => {
  test.each(ATTACKS)('%j is refused under Node’s URL too', (link) => {
    expect(matchHttpsLink(link, HOSTS).ok).toBe(false)
  })

  test('says why', () => {
    expect(matchHttpsLink(`https://${HOST}:@evil.example/`, HOSTS)).toEqual({
      ok: false,
      problem: 'USERINFO',
    })
    expect(matchHttpsLink(`https://${HOST}:8443/`, HOSTS)).toEqual({ ok: false, problem: 'BAD_PORT' })
    expect(matchHttpsLink('https://evil.example/', HOSTS)).toEqual({
      ok: false,
      problem: 'HOST_NOT_ALLOWED',
      host: 'evil.example',
    })
    expect(matchHttpsLink('not a link', HOSTS)).toEqual({ ok: false, problem: 'NOT_A_LINK' })
  })

  test('never calls the global URL', () => {
    const nodeUrl = globalThis.URL
    globalThis.URL = function Forbidden() {
      throw new Error('URL used')
    } as unknown as typeof URL
    try {
      expect(matchHttpsLink(`https://${HOST}/x`, HOSTS).ok).toBe(true)
      expect(checkStudyLink(`https://${HOST}:@evil.example/`, HOSTS).open).toBe(false)
      expect(parseLaunchQuery({ q: encodeURIComponent('https://mp.example.cn/mp/employment') })).toEqual({
        kind: 'employment',
      })
    } finally {
      globalThis.URL = nodeUrl
    }
  })
})

describe('QR codes naming inherited properties land on 首页 with the notice', () => {
  const unreadable = { kind: 'home', notice: LAUNCH_NOTICE }
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    '%s as a scene form code and as a link path',
    (key) => {
      expect(parseLaunchQuery({ scene: `f=${key}` })).toEqual(unreadable)
      expect(parseLaunchQuery({ scene: encodeURIComponent(`f=${key}&c=cert-1`) })).toEqual(unreadable)
      expect(parseLaunchQuery({ q: encodeURIComponent(`https://mp.example.cn/mp/apply/${key}`) })).toEqual(
        unreadable,
      )
    },
  )

  test('a query whose scene is inherited, not its own, is a plain start', () => {
    const query = Object.create({ scene: 'f=RN' }) as Record<string, string>
    expect(parseLaunchQuery(query)).toEqual({ kind: 'home' })
  })
})
