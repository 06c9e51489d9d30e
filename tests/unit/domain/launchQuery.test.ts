import {
  buildLinkPath,
  buildScene,
  LAUNCH_NOTICE,
  parseLaunchQuery,
  type HolderApplicationType,
  type LaunchDestination,
} from '../../../src/domain'

const home = { kind: 'home' }
const unreadable = { kind: 'home', notice: LAUNCH_NOTICE }
const scene = (s: string) => parseLaunchQuery({ scene: s })
const link = (url: string) => parseLaunchQuery({ q: encodeURIComponent(url) })

describe('launch query without a code', () => {
  it('opens home without a notice', () => {
    expect(parseLaunchQuery(undefined)).toEqual(home)
    expect(parseLaunchQuery({})).toEqual(home)
    expect(parseLaunchQuery({ scene: '', q: '' })).toEqual(home)
    expect(parseLaunchQuery({ scene: undefined, other: 'x' })).toEqual(home)
  })

  it('the notice is short, Chinese and says where the user is', () => {
    expect(LAUNCH_NOTICE).toBe('二维码内容无法识别，已为您打开首页')
  })
})

describe('launch query scene', () => {
  it('reads an application', () => {
    expect(scene(encodeURIComponent('a=APP_20250301-01'))).toEqual({
      kind: 'application',
      id: 'APP_20250301-01',
    })
    expect(scene('a=APP1')).toEqual({ kind: 'application', id: 'APP1' })
  })

  it('reads every form, with and without a certificate', () => {
    const forms: [string, HolderApplicationType][] = [
      ['RN', 'RENEWAL'],
      ['TI', 'TRANSFER_IN'],
      ['TO', 'TRANSFER_OUT'],
      ['CE', 'CHANGE_EMPLOYER'],
      ['CA', 'CANCELLATION'],
    ]
    for (const [code, type] of forms) {
      expect(scene(encodeURIComponent(`f=${code}`))).toEqual({ kind: 'apply', type })
      expect(scene(encodeURIComponent(`f=${code}&c=cert42`))).toEqual({
        kind: 'apply',
        type,
        certificateId: 'cert42',
      })
    }
    expect(scene(encodeURIComponent('c=cert42&f=RN'))).toEqual({
      kind: 'apply',
      type: 'RENEWAL',
      certificateId: 'cert42',
    })
  })

  it('reads employment and tokens', () => {
    expect(scene('e%3D1')).toEqual({ kind: 'employment' })
    expect(scene('t%3Dabc')).toEqual({ kind: 'sceneToken', token: 'abc' })
    expect(scene('Ab12Cd34')).toEqual({ kind: 'sceneToken', token: 'Ab12Cd34' })
    expect(scene('x'.repeat(32))).toEqual({ kind: 'sceneToken', token: 'x'.repeat(32) })
  })

  it('accepts 32 visible characters and refuses 33', () => {
    const id30 = 'A'.repeat(30)
    expect(scene(encodeURIComponent(`a=${id30}`))).toEqual({ kind: 'application', id: id30 })
    expect(scene(encodeURIComponent(`a=${id30}B`))).toEqual(unreadable)
    expect(scene('x'.repeat(33))).toEqual(unreadable)
  })

  it('refuses bad encoding, unknown keys and script-like content', () => {
    for (const bad of [
      '%E0%A4%A',
      'a%3D%ZZ',
      'z=1',
      'a=1&z=2',
      'a=1&a=2',
      'a=1&f=RN',
      'f=XX',
      'f=rn',
      'f=RN&c=',
      'f=RN&c=bad id',
      'e=2',
      'a=',
      '=abc',
      'a=<script>',
      encodeURIComponent('<script>alert(1)</script>'),
      '<script>',
      'abc',
      'a=..%2F..%2Fetc',
      'a=1&',
    ]) {
      expect([bad, scene(bad)]).toEqual([bad, unreadable])
    }
  })

  it('never throws, whatever it is given', () => {
    const weird = [{ scene: 5 }, { q: {} }, { scene: null }, null, 'scene=a=1'] as unknown[]
    for (const input of weird) {
      expect(() => parseLaunchQuery(input as Record<string, string>)).not.toThrow()
    }
    expect(parseLaunchQuery({ scene: 5 } as unknown as Record<string, string>)).toEqual(unreadable)
  })
})

describe('launch query link (q)', () => {
  const base = 'https://anguan.example.gov.cn'

  it('reads each path', () => {
    expect(link(`${base}/mp/applications/APP1`)).toEqual({ kind: 'application', id: 'APP1' })
    expect(link(`${base}/mp/applications/APP1/`)).toEqual({ kind: 'application', id: 'APP1' })
    expect(link(`${base}/mp/apply/renewal`)).toEqual({ kind: 'apply', type: 'RENEWAL' })
    expect(link(`${base}/mp/apply/transfer-in`)).toEqual({ kind: 'apply', type: 'TRANSFER_IN' })
    expect(link(`${base}/mp/apply/transfer-out?certificate=c1`)).toEqual({
      kind: 'apply',
      type: 'TRANSFER_OUT',
      certificateId: 'c1',
    })
    expect(link(`${base}/mp/apply/change-employer?utm_source=poster&certificate=c-2`)).toEqual({
      kind: 'apply',
      type: 'CHANGE_EMPLOYER',
      certificateId: 'c-2',
    })
    expect(link(`${base}/mp/apply/cancellation`)).toEqual({ kind: 'apply', type: 'CANCELLATION' })
    expect(link(`${base}/mp/employment`)).toEqual({ kind: 'employment' })
    expect(link(`${base}/mp/s/Tok123`)).toEqual({ kind: 'sceneToken', token: 'Tok123' })
    expect(link(`http://127.0.0.1:8787/mp/employment#top`)).toEqual({ kind: 'employment' })
  })

  it('opens home without notice for /mp and /mp/', () => {
    expect(link(`${base}/mp`)).toEqual(home)
    expect(link(`${base}/mp/`)).toEqual(home)
  })

  it('tolerates a doubly encoded URL', () => {
    expect(parseLaunchQuery({ q: encodeURIComponent(encodeURIComponent(`${base}/mp/employment`)) })).toEqual({
      kind: 'employment',
    })
  })

  it('refuses anything else', () => {
    for (const bad of [
      `${base}/other`,
      `${base}/`,
      base,
      `${base}/mp/unknown`,
      `${base}/mp/apply/renew`,
      `${base}/mp/apply`,
      `${base}/mp/applications`,
      `${base}/mp/applications/APP1/extra`,
      `${base}/mp/applications/<script>`,
      `${base}/mp/apply/renewal?certificate=<script>`,
      `${base}/mp/apply/renewal?certificate=`,
      `${base}/mp/employment/1`,
      'javascript:alert(1)',
      'ftp://example.cn/mp/employment',
      'https://user@evil.example/mp/employment',
      '/mp/employment',
      `${base}/mp/applications/${'A'.repeat(33)}`,
      `${base}/mp/employment?x=${'a'.repeat(1100)}`,
    ]) {
      expect([bad, link(bad)]).toEqual([bad, unreadable])
    }
    expect(parseLaunchQuery({ q: '%E0%A4%A' })).toEqual(unreadable)
    expect(parseLaunchQuery({ q: encodeURIComponent(`${base}/mp/employment?x=%ZZ`) })).toEqual(unreadable)
  })

  it('prefers the scene when both are present', () => {
    expect(parseLaunchQuery({ scene: 'e=1', q: encodeURIComponent(`${base}/mp/applications/A`) })).toEqual({
      kind: 'employment',
    })
  })
})

describe('launch query building', () => {
  const dests: Exclude<LaunchDestination, { kind: 'home' }>[] = [
    { kind: 'application', id: 'APP_1-2' },
    { kind: 'apply', type: 'RENEWAL' },
    { kind: 'apply', type: 'CANCELLATION', certificateId: 'cert_00000000000000000000' },
    { kind: 'employment' },
    { kind: 'sceneToken', token: 'Ab12Cd34' },
    { kind: 'sceneToken', token: 'ab-1' },
  ]

  it('buildScene round-trips through parseLaunchQuery', () => {
    for (const d of dests) {
      const s = buildScene(d)
      expect(s.length).toBeLessThanOrEqual(32)
      expect(parseLaunchQuery({ scene: encodeURIComponent(s) })).toEqual(d)
    }
    expect(buildScene({ kind: 'apply', type: 'TRANSFER_IN', certificateId: 'c9' })).toBe('f=TI&c=c9')
    expect(buildScene({ kind: 'employment' })).toBe('e=1')
  })

  it('buildScene refuses what would not fit or not parse', () => {
    expect(() => buildScene({ kind: 'application', id: 'A'.repeat(31) })).toThrow(/32/)
    expect(() => buildScene({ kind: 'application', id: 'bad id' })).toThrow()
    expect(() => buildScene({ kind: 'home' } as unknown as { kind: 'employment' })).toThrow()
  })

  it('buildLinkPath round-trips through parseLaunchQuery', () => {
    for (const d of [...dests, { kind: 'home' } as const]) {
      expect(link(`https://anguan.example.gov.cn${buildLinkPath(d)}`)).toEqual(d)
    }
  })
})
