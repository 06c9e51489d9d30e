import type { FastifyInstance } from 'fastify'
import { addDays, addMonths, diffDays } from '../../../src/domain'
import { call, certificateOf, makeApp, operator, signIn } from './helpers'

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(() => app.close())

const setToday = (date: string) => operator(app, 'PUT', '/clock', { now: `${date}T10:00:00+08:00` })

interface Scheduled {
  holder: string
  certificateId: string
  kind: string
  daysBefore: number
  date: string
}
interface StatusMessage {
  holder: string
  applicationId: string
  status: string
  step?: string
  subscribed: boolean
}
const operatorReminders = async () =>
  (await operator<{ scheduled: Scheduled[]; statusMessages: StatusMessage[] }>(app, 'GET', '/reminders')).body
    .data

describe('GET /v1/me/reminders', () => {
  test('lists the expiry reminders (window opens, 30 and 7 days), dropping dates already past', async () => {
    const cert = await certificateOf(app, await signIn(app, 'valid'))
    // Sessions last two hours: sign in again after each move of the clock.
    const daysBefore = async () => {
      const res = await call(app, 'getReminders', { token: await signIn(app, 'valid') })
      expect(res.status).toBe(200)
      return res.body.data.expiry.map((r: { daysBefore: number; sendOn: string }) => [r.daysBefore, r.sendOn])
    }
    const on = (n: number) => addDays(cert.validUntil, -n)
    // The first one on the day the renewal window opens, the day 即将到期 starts.
    const opensOn = addMonths(cert.validUntil, -3)
    const window = diffDays(cert.validUntil, opensOn)

    expect(await daysBefore()).toEqual([
      [window, opensOn],
      [30, on(30)],
      [7, on(7)],
    ])
    await setToday(opensOn)
    expect((await daysBefore()).map(([d]: number[]) => d)).toEqual([window, 30, 7])
    await setToday(addDays(opensOn, 1))
    expect((await daysBefore()).map(([d]: number[]) => d)).toEqual([30, 7])
    await setToday(on(30))
    expect((await daysBefore()).map(([d]: number[]) => d)).toEqual([30, 7])
    await setToday(on(29))
    expect((await daysBefore()).map(([d]: number[]) => d)).toEqual([7])
    await setToday(on(7))
    expect(await daysBefore()).toEqual([[7, on(7)]])
    await setToday(on(6))
    expect(await daysBefore()).toEqual([])
  })

  test('shows the schedule before subscribing, and says status messages follow each change', async () => {
    const token = await signIn(app, 'renewal-ready')
    const res = await call(app, 'getReminders', { token })
    expect(res.body.data.subscription).toEqual({ kinds: [], subscribedAt: null, updatedAt: null })
    expect(res.body.data.expiry.length).toBeGreaterThan(0)
    expect(res.body.data.applicationStatus.when).toBe('每次申请状态变化时')
  })

  test('needs 实名认证', async () => {
    const token = await signIn(app, 'demo:new:reminders')
    const res = await call(app, 'getReminders', { token })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('REALNAME_REQUIRED')
  })
})

describe('POST /v1/me/reminders', () => {
  test('is idempotent: the same choice twice keeps one record and its first time', async () => {
    const token = await signIn(app, 'valid')
    const first = await call(app, 'subscribeReminders', {
      token,
      body: { kinds: ['APPLICATION_STATUS', 'EXPIRY'] },
    })
    expect(first.status).toBe(200)
    expect(first.body.data.subscription.kinds).toEqual(['EXPIRY', 'APPLICATION_STATUS'])
    await operator(app, 'PUT', '/clock', {
      now: new Date(Date.parse(first.body.meta.serverTime) + 60_000).toISOString(),
    })
    const again = await call(app, 'subscribeReminders', {
      token,
      body: { kinds: ['EXPIRY', 'APPLICATION_STATUS'] },
    })
    expect(again.status).toBe(200)
    expect(again.body.data.subscription).toEqual(first.body.data.subscription)
    const state = (await operator<{ reminderSubscriptions: unknown[] }>(app, 'GET', '/state')).body.data
    expect(state.reminderSubscriptions).toHaveLength(1)

    // A later answer replaces the choice; an empty list unsubscribes.
    const fewer = await call(app, 'subscribeReminders', { token, body: { kinds: [] } })
    expect(fewer.body.data.subscription.kinds).toEqual([])
    expect(fewer.body.data.subscription.subscribedAt).toBe(first.body.data.subscription.subscribedAt)
  })

  test('refuses unknown or repeated kinds with a Chinese message', async () => {
    const token = await signIn(app, 'valid')
    for (const kinds of [['SMS'], ['EXPIRY', 'EXPIRY']]) {
      const res = await call(app, 'subscribeReminders', { token, body: { kinds } })
      expect(res.status).toBe(422)
      expect(res.body.error.code).toBe('VALIDATION_FAILED')
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  test('another holder cannot see yours', async () => {
    const mine = await signIn(app, 'valid')
    const theirs = await signIn(app, 'expiring')
    await call(app, 'subscribeReminders', { token: mine, body: { kinds: ['EXPIRY'] } })
    const myCert = await certificateOf(app, mine)
    const res = await call(app, 'getReminders', { token: theirs })
    expect(res.body.data.subscription.kinds).toEqual([])
    expect(res.body.data.expiry.every((r: { certificateId: string }) => r.certificateId !== myCert.id)).toBe(
      true,
    )
  })
})

describe('GET /__operator/reminders', () => {
  test('lists the scheduled expiry reminders of subscribed holders only', async () => {
    const token = await signIn(app, 'renewal-ready')
    await signIn(app, 'valid')
    const cert = await certificateOf(app, token)
    expect((await operatorReminders()).scheduled).toEqual([])
    await call(app, 'subscribeReminders', { token, body: { kinds: ['EXPIRY'] } })
    const { scheduled } = await operatorReminders()
    expect(scheduled.length).toBeGreaterThan(0)
    for (const s of scheduled) {
      expect(s).toMatchObject({ holder: 'renewal-ready', certificateId: cert.id, kind: 'EXPIRY' })
      expect(s.date).toBe(addDays(cert.validUntil, -s.daysBefore))
    }
  })

  test('records a status-change message for advance, send-back, refuse and withdraw', async () => {
    const token = await signIn(app, 'open-app')
    await call(app, 'subscribeReminders', { token, body: { kinds: ['APPLICATION_STATUS'] } })
    expect((await operatorReminders()).statusMessages).toEqual([])

    await operator(app, 'POST', '/applications/app-open-renewal/send-back', { reason: '声明未签字' })
    let messages = (await operatorReminders()).statusMessages
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      holder: 'open-app',
      applicationId: 'app-open-renewal',
      status: 'SENT_BACK',
      subscribed: true,
    })

    const withdrawn = await call(app, 'withdrawApplication', {
      token,
      params: { applicationId: 'app-open-renewal' },
    })
    expect(withdrawn.status).toBe(200)
    // Withdrawing again (a retry) changes nothing and sends nothing.
    await call(app, 'withdrawApplication', { token, params: { applicationId: 'app-open-renewal' } })
    messages = (await operatorReminders()).statusMessages
    expect(messages.map((m) => m.status)).toEqual(['WITHDRAWN', 'SENT_BACK'])

    // A holder without the subscription: recorded, marked as not sent.
    const other = await signIn(app, 'renewal-ready')
    const cert = await certificateOf(app, other)
    const created = await call(app, 'createApplication', {
      token: other,
      headers: { 'idempotency-key': 'reminders-key-1' },
      body: {
        type: 'RENEWAL',
        certificateId: cert.id,
        fields: { noAccidentPenalty: true, noBadConductRecord: true },
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.data.id
    await operator(app, 'POST', `/applications/${id}/advance`)
    await operator(app, 'POST', `/applications/${id}/refuse`, { reason: '近三年有安全事故行政处罚' })
    messages = (await operatorReminders()).statusMessages
    expect(messages.slice(0, 2)).toEqual([
      expect.objectContaining({
        holder: 'renewal-ready',
        applicationId: id,
        status: 'REFUSED',
        subscribed: false,
      }),
      expect.objectContaining({
        holder: 'renewal-ready',
        applicationId: id,
        status: 'IN_PROGRESS',
        subscribed: false,
      }),
    ])
    expect(messages[1].step).toEqual(expect.any(String))
  })
})
