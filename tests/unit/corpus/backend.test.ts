/**
 * The bad-input corpus through the reference backend (app.inject): 实名认证 start for names, ID
 * numbers and phones; createApplication for certificate numbers, dates and reasons; the photo
 * upload for images; resolveScene for scene values; the read and write routes for route
 * parameters. Every answer must match the contract; a 5xx, an unexpected acceptance or refusal,
 * or a message other than the expected one fails its case.
 */
import type { FastifyInstance } from 'fastify'
import { parseCertificateNumber } from '../../../src/domain'
import {
  CERTIFICATE_NUMBER_CASES,
  DATE_CASES,
  ID_NUMBER_CASES,
  idNumber,
  IMAGE_CASES,
  NAME_CASES,
  PHONE_CASES,
  REASON_CASES,
  ROUTE_CASES,
  SCENE_CASES,
  TRANSFER_IN_SOURCE,
  type Expected,
  type ImageCase,
  type LaunchCase,
  type RouteCase,
  type TextCase,
} from '../../fixtures/corpus'
import { assertMatchesContract, operation } from '../backend/contract'
import { makeApp, signIn } from '../backend/helpers'
import { CHINESE, matches, Tally } from './tally'

interface Answer {
  status: number
  body: any
}

let app: FastifyInstance
const tokens = new Map<string, string>()
const tally = new Tally('bad-input corpus through the reference backend')

beforeAll(async () => {
  // Hundreds of starts from one account: the daily limits (tested on their own) would stop them.
  app = await makeApp({ realNameLimits: { startsPerAccountPerDay: 10_000, startsPerIdNumberPerDay: 10_000 } })
})
afterAll(async () => {
  tally.print()
  await app.close()
})

async function tokenOf(holder: string): Promise<string> {
  let token = tokens.get(holder)
  if (!token) {
    token = await signIn(app, holder)
    tokens.set(holder, token)
  }
  return token
}

let sequence = 0
const nextKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`

/**
 * One request by operationId. Path parameters are used as given (a case may carry a deliberately
 * broken percent-encoding); every answer is checked against the contract.
 */
async function send(
  operationId: string,
  o: {
    holder?: string
    params?: Record<string, string>
    headers?: Record<string, string>
    body?: unknown
    payload?: Buffer | string
  } = {},
): Promise<Answer> {
  const op = operation(operationId)
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => o.params?.[name] ?? '')
  const headers: Record<string, string> = { ...o.headers }
  if (o.holder) headers.authorization = `Bearer ${await tokenOf(o.holder)}`
  const res = await app.inject({
    method: op.method as 'GET',
    url,
    headers,
    ...(o.payload !== undefined
      ? { payload: o.payload }
      : o.body !== undefined
        ? { payload: o.body as object }
        : {}),
  })
  const contentType = String(res.headers['content-type'] ?? '')
  const body = contentType.startsWith('application/json') ? res.json() : null
  if (res.statusCode >= 500) throw new Error(`${operationId} answered ${res.statusCode}: ${res.body}`)
  assertMatchesContract(operationId, res.statusCode, contentType, body)
  return { status: res.statusCode, body }
}

/** The message for `field` in a validation failure, or undefined. */
function fieldMessage(answer: Answer, field: string): string | undefined {
  const fields: Array<{ field: string; message: string }> = answer.body?.error?.fields ?? []
  return fields.find((f) => f.field === field)?.message
}

/**
 * Checks a form field's answer: a refusal names the field with the expected message; an
 * acceptance has no error for the field (the request may still be refused by a rule).
 */
function fieldDifference(c: TextCase, answer: Answer, field: string): string | null {
  const message = fieldMessage(answer, field)
  const refused = c.expect === 'refuse' || c.backend !== undefined
  if (!refused) {
    return message === undefined ? null : `refused with 「${message}」 (${answer.status})`
  }
  if (message === undefined)
    return `not refused on ${field}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`
  if (answer.status !== 422) return `status ${answer.status}`
  if (!CHINESE.test(message)) return `message without Chinese: 「${message}」`
  const expected = c.backend?.message ?? c.message
  return matches(message, expected) ? null : `message 「${message}」, expected 「${String(expected)}」`
}

function run(category: string, cases: TextCase[], check: (c: TextCase) => Promise<string | null>): void {
  tally.addAll(category, cases)
  describe(category, () => {
    test.each(cases.map((c) => [c.note, c] as const))('%s', async (_note, c) => {
      expect(await check(c)).toBeNull()
    })
  })
}

// ---- 实名认证: name, ID number, phone ----

const REAL_NAME = { name: '张三', idNumber: idNumber('110105', '19900307', '123'), phone: '13812345678' }

function realNameField(field: 'name' | 'idNumber' | 'phone') {
  return async (c: TextCase) => {
    const answer = await send('startRealName', {
      holder: 'new:corpus',
      body: { ...REAL_NAME, [field]: c.input },
    })
    const difference = fieldDifference(c, answer, field)
    if (difference) return difference
    if (c.expect === 'accept' && c.backend === undefined && answer.status !== 201) {
      return `not started: ${answer.status} ${JSON.stringify(answer.body)}`
    }
    return null
  }
}

run('name', NAME_CASES, realNameField('name'))
run('idNumber', ID_NUMBER_CASES, realNameField('idNumber'))
run('phone', PHONE_CASES, realNameField('phone'))

// ---- applications: 原证书编号 and 有效期至 (跨省转入), 注销原因 ----

/** Creates, and withdraws what was created so the next case is not refused by R2. */
async function createApplication(holder: string, body: unknown): Promise<Answer> {
  const answer = await send('createApplication', {
    holder,
    headers: { 'idempotency-key': nextKey('corpus') },
    body,
  })
  if (answer.status === 201) {
    const withdrawn = await send('withdrawApplication', {
      holder,
      params: { applicationId: answer.body.data.id },
    })
    if (withdrawn.status !== 200) throw new Error(`could not withdraw: ${JSON.stringify(withdrawn.body)}`)
  }
  return answer
}

run('certificateNumber', CERTIFICATE_NUMBER_CASES, async (c) => {
  const parsed = parseCertificateNumber(c.input)
  const answer = await createApplication('transfer-in', {
    type: 'TRANSFER_IN',
    fields: {
      sourceNumber: c.input,
      sourceProvince: parsed.ok ? parsed.province : '江苏省',
      category: parsed.ok ? parsed.category : 'C2',
      validUntil: '2026-06-30',
    },
  })
  const transferIn = 'transferIn' in c && c.transferIn !== undefined
  const expected: TextCase = transferIn
    ? { ...c, expect: 'refuse', message: (c as { transferIn: Expected }).transferIn }
    : c
  return fieldDifference(expected, answer, 'fields.sourceNumber')
})

run('date', DATE_CASES, async (c) => {
  const answer = await createApplication('transfer-in', {
    type: 'TRANSFER_IN',
    fields: {
      sourceNumber: TRANSFER_IN_SOURCE,
      sourceProvince: '江苏省',
      category: 'C2',
      validUntil: c.input,
    },
  })
  return fieldDifference(c, answer, 'fields.validUntil')
})

run('reason', REASON_CASES, async (c) => {
  const answer = await createApplication('valid', {
    type: 'CANCELLATION',
    certificateId: 'cert-valid-c3',
    fields: { reason: c.input },
  })
  const difference = fieldDifference(c, answer, 'fields.reason')
  if (difference || c.expect === 'refuse' || c.backend) return difference
  if (answer.status !== 201) return `not created: ${answer.status} ${JSON.stringify(answer.body)}`
  const stored = answer.body.data.fields.reason
  return stored === (c.value ?? c.input) ? null : `stored as ${JSON.stringify(stored)}`
})

// ---- 蓝底证件照 ----

const BOUNDARY = '----corpusBoundary9f8e7d6c5b4a'

function uploadPayload(c: ImageCase): { payload: Buffer; contentType: string } {
  const u = c.make()
  if (u.shape === 'raw') return { payload: u.bytes, contentType: u.rawType ?? 'application/octet-stream' }
  const part = (field: string, filename: string) =>
    Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
          `Content-Type: ${u.type ?? 'image/jpeg'}\r\n\r\n`,
      ),
      u.bytes,
      Buffer.from('\r\n'),
    ])
  const text = (name: string) =>
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nvalue\r\n`)
  const filename = u.filename ?? 'photo.jpg'
  const parts = [part(u.field ?? 'file', filename)]
  if (u.shape === 'two-files') parts.push(part('file', `second-${filename}`))
  if (u.shape === 'many-fields') parts.unshift(...[1, 2, 3, 4, 5, 6].map((n) => text(`note${n}`)))
  const end = u.shape === 'unterminated' ? Buffer.alloc(0) : Buffer.from(`--${BOUNDARY}--\r\n`)
  return {
    payload: Buffer.concat([...parts, end]),
    contentType:
      u.shape === 'no-boundary' ? 'multipart/form-data' : `multipart/form-data; boundary=${BOUNDARY}`,
  }
}

tally.addAll('image', IMAGE_CASES)
describe('image', () => {
  test.each(IMAGE_CASES.map((c) => [c.note, c] as const))('%s', async (_note, c) => {
    const { payload, contentType } = uploadPayload(c)
    const answer = await send('uploadPhoto', {
      holder: 'expiring',
      headers: { 'content-type': contentType, 'upload-id': nextKey('upload') },
      payload,
    })
    expect({ note: c.note, status: answer.status }).toEqual({ note: c.note, status: c.status })
    if (c.expect === 'accept') {
      expect(answer.body.data).toMatchObject({ status: 'ACCEPTED' })
      return
    }
    const error = answer.body.error
    expect(error.code).toBe(c.code)
    if (c.problem) expect(error.details.problems[0].code).toBe(c.problem)
    const message: string = error.fields?.[0]?.message ?? error.message
    expect(message).toMatch(CHINESE)
    expect(matches(message, c.message) ? message : { message, expected: String(c.message) }).toBe(message)
    for (const p of error.details?.problems ?? []) {
      expect(p.message).toMatch(CHINESE)
      expect(p.tip).toMatch(CHINESE)
    }
  })
})

// ---- QR scene tokens ----

/** The scene as a path segment: kept as it arrived, except characters a URL cannot carry raw. */
const segment = (scene: string) => scene.replace(/[^A-Za-z0-9%._~-]/g, (ch) => encodeURIComponent(ch))

tally.addAll('scene', SCENE_CASES)
describe('scene', () => {
  const withBackend = SCENE_CASES.filter(
    (c): c is LaunchCase & { backend: NonNullable<LaunchCase['backend']> } => !!c.backend,
  )
  test.each(withBackend.map((c) => [c.note, c] as const))('%s', async (_note, c) => {
    const answer = await send('resolveScene', { holder: 'valid', params: { token: segment(c.input) } })
    expect(answer.status).toBe(c.backend.status)
    if (c.backend.status === 200) {
      expect(answer.body.data.destination).toEqual(c.backend.destination)
      return
    }
    const message: string = answer.body.error.fields?.[0]?.message ?? answer.body.error.message
    expect(message).toMatch(CHINESE)
    expect(
      matches(message, c.backend.message) ? message : { message, expected: String(c.backend.message) },
    ).toBe(message)
  })
})

// ---- route parameters ----

tally.addAll('route', ROUTE_CASES)
describe('route', () => {
  test.each(ROUTE_CASES.map((c) => [c.note, c] as const))('%s', async (_note, c: RouteCase) => {
    const answer = await send(c.operationId, {
      holder: c.holder,
      params: c.params,
      body: c.body,
      headers: c.operationId === 'resubmitApplication' ? { 'idempotency-key': nextKey('route') } : {},
    })
    expect(answer.status).toBe(c.status)
    if (c.expect === 'accept') return
    const message: string = answer.body.error.fields?.[0]?.message ?? answer.body.error.message
    expect(message).toMatch(CHINESE)
    expect(matches(message, c.message) ? message : { message, expected: String(c.message) }).toBe(message)
  })
})
