/** Calls the reference backend by operationId through app.inject, checking every answer against the contract. */
import type { FastifyInstance } from 'fastify'
import jpeg from 'jpeg-js'
import { buildApp, type BuildOptions } from '../../../backend/app'
import { assertMatchesContract, operation } from './contract'

// app.inject loads light-my-request, which requires the ESM-only `cookie` package just to encode
// request cookies. Jest's CommonJS loader cannot load it, and these tests send no cookies.
jest.mock('cookie', () => ({ stringifySetCookie: (name: string, value: string) => `${name}=${value}` }))

/** A fixed start for the backend clock: 2025-06-15 10:00 China time. */
export const START = '2025-06-15T02:00:00.000Z'
export const TODAY = '2025-06-15'

/** The operator token the test backends are built with (X-Operator-Token). */
export const OPERATOR_TOKEN = 'test-operator-token-0123456789'

/** A backend as the tests use it: the development stand-ins on, a known operator token. */
export function makeApp(options: BuildOptions = {}): Promise<FastifyInstance> {
  return buildApp({
    clock: START,
    demo: true,
    operatorToken: OPERATOR_TOKEN,
    rateLimit: { sessionsPerWindow: 10_000, requestsPerAccount: 100_000 },
    ...options,
  })
}

export interface CallOptions {
  token?: string
  params?: Record<string, string>
  headers?: Record<string, string>
  body?: unknown
  /** Raw payload (e.g. multipart) instead of JSON */
  payload?: string | Buffer
}

export interface Answer<T = any> {
  status: number
  body: T
  headers: Record<string, unknown>
  raw: Buffer
}

export async function call<T = any>(
  app: FastifyInstance,
  operationId: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const op = operation(operationId)
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(options.params?.[name] ?? ''),
  )
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const res = await app.inject({
    method: op.method as 'GET',
    url,
    headers,
    ...(options.payload !== undefined
      ? { payload: options.payload }
      : options.body !== undefined
        ? { payload: options.body as object }
        : {}),
  })
  const contentType = String(res.headers['content-type'] ?? '')
  const body = contentType.startsWith('application/json') ? res.json() : null
  assertMatchesContract(operationId, res.statusCode, contentType, body)
  return { status: res.statusCode, body, headers: res.headers, raw: res.rawPayload }
}

export async function signIn(app: FastifyInstance, holder: string): Promise<string> {
  const res = await call(app, 'createSession', {
    body: { code: holder.startsWith('demo:') ? holder : `demo:${holder}` },
  })
  if (res.status !== 201) throw new Error(`sign-in as ${holder} failed: ${JSON.stringify(res.body)}`)
  return res.body.data.token
}

export async function operator<T = any>(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
) {
  const res = await app.inject({
    method,
    url: `/__operator${path}`,
    headers: {
      'x-operator-token': OPERATOR_TOKEN,
      ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
    },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  })
  return {
    status: res.statusCode,
    body: res.json() as { data: T; error?: { code: string; message: string } },
  }
}

export async function certificateOf(app: FastifyInstance, token: string): Promise<any> {
  const res = await call(app, 'listCertificates', { token })
  return res.body.data[0]
}

/** multipart/form-data with one file field, as wx.uploadFile sends it. */
export function multipart(file: Buffer, field = 'file', filename = 'photo.jpg', type = 'image/jpeg') {
  const boundary = '----anguanTestBoundary7MA4YWxkTrZu0gW'
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` }
}

type Rgb = [number, number, number]

/** A JPEG portrait: background colour, a face and shoulders in the centre. */
export function portraitJpeg(
  o: { width?: number; height?: number; background?: Rgb; noise?: boolean; quality?: number } = {},
): Buffer {
  const width = o.width ?? 358
  const height = o.height ?? 441
  const bg = o.background ?? [0x43, 0x8e, 0xdb]
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const fx = (x - width / 2) / (width * 0.2)
      const fy = (y - height * 0.45) / (height * 0.2)
      let c: Rgb = bg
      if (y > height * 0.68 && Math.abs(x - width / 2) < width * 0.42 - (height - y) * 0.2) c = [40, 45, 60]
      else if (fx * fx + fy * fy <= 1) c = [224, 182, 150]
      if (o.noise) c = [Math.random() * 255, Math.random() * 255, Math.random() * 255].map(Math.floor) as Rgb
      const i = (y * width + x) * 4
      data[i] = c[0]
      data[i + 1] = c[1]
      data[i + 2] = c[2]
      data[i + 3] = 255
    }
  }
  return jpeg.encode({ data, width, height }, o.quality ?? 85).data
}

export const CHINESE = /[\u4e00-\u9fff]/
