import Taro from '@tarojs/taro'
import type { ErrorCode } from '../domain/errors'
import { ApiError, type FieldError } from './errors'
import { noteServerTime } from './clock'

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestOptions {
  method?: Method
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  /** Makes a write safe to retry: the backend answers a repeated key with the first result. */
  idempotencyKey?: string
  headers?: Record<string, string>
  /** false for the calls that need no token (sign-in, configuration). */
  auth?: boolean
  timeoutMs?: number
  /** Extra attempts for idempotent calls on network failure, 429 or 5xx. */
  retries?: number
}

interface AuthHandlers {
  getToken(): string | null
  /** Signs in again; concurrent callers share one sign-in. Resolves with the new token. */
  renewToken(staleToken: string | null): Promise<string>
}

interface HttpSettings {
  baseUrl: string
  timeoutMs: number
  uploadTimeoutMs: number
  retries: number
  backoffBaseMs: number
  backoffMaxMs: number
}

const settings: HttpSettings = {
  baseUrl: typeof API_BASE === 'string' ? API_BASE : '',
  timeoutMs: typeof API_TIMEOUT_MS === 'number' ? API_TIMEOUT_MS : 15_000,
  uploadTimeoutMs: typeof UPLOAD_TIMEOUT_MS === 'number' ? UPLOAD_TIMEOUT_MS : 60_000,
  retries: 2,
  backoffBaseMs: 400,
  backoffMaxMs: 4_000,
}

let auth: AuthHandlers | null = null

export function configureHttp(patch: Partial<HttpSettings>): void {
  Object.assign(settings, patch)
}

export function configureAuth(handlers: AuthHandlers): void {
  auth = handlers
}

export function apiUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : settings.baseUrl + path
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Exponential backoff with full jitter, capped; a server's Retry-After wins when longer. */
export function backoffDelay(attempt: number, retryAfterSeconds?: number): number {
  const ceiling = Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** attempt)
  const jittered = ceiling / 2 + Math.random() * (ceiling / 2)
  const fromServer = retryAfterSeconds ? Math.min(retryAfterSeconds * 1000, settings.backoffMaxMs * 2) : 0
  return Math.max(jittered, fromServer)
}

function buildQuery(query?: RequestOptions['query']): string {
  if (!query) return ''
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

interface RawResponse {
  statusCode: number
  data: unknown
  header?: Record<string, string>
}

/** Turns the transport's answer into data or an ApiError; the body is parsed here so every platform behaves alike. */
export function unwrapResponse<T>(res: RawResponse): T {
  let body: unknown = res.data
  if (typeof body === 'string') {
    try {
      body = body === '' ? null : JSON.parse(body)
    } catch {
      throw new ApiError('BAD_RESPONSE', '服务暂时返回了无法识别的内容，请稍后重试', res.statusCode)
    }
  }
  const envelope = (body ?? {}) as {
    data?: unknown
    error?: { code?: string; message?: string; fields?: FieldError[]; details?: Record<string, unknown> }
    meta?: { serverTime?: string }
  }
  noteServerTime(envelope.meta?.serverTime)
  if (res.statusCode >= 200 && res.statusCode < 300 && 'data' in envelope) {
    return envelope.data as T
  }
  if (envelope.error?.code && envelope.error.message) {
    return throwError(
      new ApiError(
        envelope.error.code as ErrorCode,
        envelope.error.message,
        res.statusCode,
        envelope.error.fields ?? [],
        { ...(envelope.error.details ?? {}), retryAfter: retryAfterOf(res) },
      ),
    )
  }
  if (res.statusCode >= 500 || res.statusCode === 429) {
    const code: ErrorCode = res.statusCode === 429 ? 'RATE_LIMITED' : 'SERVICE_UNAVAILABLE'
    const message = res.statusCode === 429 ? '访问人数较多，请稍后重试' : '服务暂时不可用，请稍后重试'
    return throwError(new ApiError(code, message, res.statusCode, [], { retryAfter: retryAfterOf(res) }))
  }
  if (res.statusCode === 401)
    return throwError(new ApiError('UNAUTHENTICATED', '登录已过期，正在重新登录', 401))
  return throwError(new ApiError('BAD_RESPONSE', '服务暂时返回了无法识别的内容，请稍后重试', res.statusCode))
}

function throwError(err: ApiError): never {
  throw err
}

function retryAfterOf(res: RawResponse): number | undefined {
  const raw = res.header?.['Retry-After'] ?? res.header?.['retry-after']
  const n = raw === undefined ? NaN : Number(raw)
  return Number.isFinite(n) && n > 0 ? n : undefined
}

async function sendOnce<T>(url: string, options: RequestOptions, token: string | null): Promise<T> {
  const method = options.method ?? 'GET'
  const timeout = options.timeoutMs ?? settings.timeoutMs
  const header: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (token) header.Authorization = `Bearer ${token}`
  if (options.idempotencyKey) header['Idempotency-Key'] = options.idempotencyKey
  if (options.body !== undefined) header['Content-Type'] = 'application/json'
  const started = Date.now()
  let res: RawResponse
  try {
    res = (await Taro.request({
      url,
      method,
      header,
      data: options.body === undefined ? undefined : JSON.stringify(options.body),
      dataType: 'text',
      responseType: 'text',
      timeout,
    })) as unknown as RawResponse
  } catch (err) {
    const msg = String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? '')
    const timedOut = /timeout|超时/i.test(msg) || Date.now() - started >= timeout - 50
    throw ApiError.client(timedOut ? 'TIMEOUT' : 'NETWORK')
  }
  return unwrapResponse<T>(res)
}

/**
 * Whether to try again by itself. A timeout is not retried: the holder has already waited the whole
 * timeout, so the message and its retry button come at once instead of after several more waits.
 */
function retryOnItsOwn(err: ApiError, attempt: number, maxRetries: number): boolean {
  return err.retryable && err.code !== 'TIMEOUT' && attempt < maxRetries
}

/**
 * The one way the app talks to the backend. Reads and keyed writes are retried with backoff;
 * a 401 triggers one shared re-login, then the call is replayed once.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const url = apiUrl(path) + buildQuery(options.query)
  const needsAuth = options.auth !== false
  const idempotent = method === 'GET' || Boolean(options.idempotencyKey)
  const maxRetries = idempotent ? (options.retries ?? settings.retries) : 0
  let replayedAfterLogin = false
  let attempt = 0
  let token = needsAuth ? (auth?.getToken() ?? null) : null
  if (needsAuth && auth && !token) token = await auth.renewToken(null)

  for (;;) {
    try {
      return await sendOnce<T>(url, options, token)
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      if (needsAuth && auth && err.code === 'UNAUTHENTICATED' && !replayedAfterLogin) {
        replayedAfterLogin = true
        token = await auth.renewToken(token)
        continue
      }
      if (retryOnItsOwn(err, attempt, maxRetries)) {
        await sleep(backoffDelay(attempt, err.details.retryAfter as number | undefined))
        attempt += 1
        continue
      }
      throw err
    }
  }
}

export interface UploadOptions {
  /** Client-generated id: a retried upload is stored once. */
  uploadId: string
  onProgress?(percent: number): void
  timeoutMs?: number
  retries?: number
}

export interface UploadHandle<T> {
  done: Promise<T>
  abort(): void
}

interface UploadTask extends Promise<RawResponse> {
  progress?(cb: (res: { progress: number }) => void): unknown
  abort?(): void
}

/**
 * Multipart upload of a local file (field "file") with progress and abort. Network failures,
 * 429 and 5xx are retried with backoff under the same Upload-Id; refusals (4xx) are not.
 */
export function upload<T>(path: string, filePath: string, options: UploadOptions): UploadHandle<T> {
  let aborted = false
  let current: UploadTask | null = null
  const maxRetries = options.retries ?? settings.retries

  const sendOnceUpload = async (token: string | null): Promise<T> => {
    const header: Record<string, string> = { 'Upload-Id': options.uploadId }
    if (token) header.Authorization = `Bearer ${token}`
    const task = Taro.uploadFile({
      url: apiUrl(path),
      filePath,
      name: 'file',
      header,
      timeout: options.timeoutMs ?? settings.uploadTimeoutMs,
    } as Parameters<typeof Taro.uploadFile>[0]) as unknown as UploadTask
    current = task
    task.progress?.((res) => options.onProgress?.(res.progress))
    let res: RawResponse
    try {
      res = await task
    } catch (err) {
      if (aborted) throw ApiError.client('ABORTED')
      const msg = String((err as { errMsg?: string })?.errMsg ?? '')
      throw ApiError.client(/timeout/i.test(msg) ? 'TIMEOUT' : 'NETWORK')
    }
    return unwrapResponse<T>(res)
  }

  const done = (async () => {
    let token = auth?.getToken() ?? null
    if (auth && !token) token = await auth.renewToken(null)
    let replayed = false
    for (let attempt = 0; ;) {
      if (aborted) throw ApiError.client('ABORTED')
      try {
        return await sendOnceUpload(token)
      } catch (err) {
        if (!(err instanceof ApiError) || aborted) throw err
        if (auth && err.code === 'UNAUTHENTICATED' && !replayed) {
          replayed = true
          token = await auth.renewToken(token)
          continue
        }
        if (retryOnItsOwn(err, attempt, maxRetries)) {
          await sleep(backoffDelay(attempt, err.details.retryAfter as number | undefined))
          attempt += 1
          continue
        }
        throw err
      }
    }
  })()

  return {
    done,
    abort() {
      aborted = true
      current?.abort?.()
    },
  }
}

export interface DownloadOptions {
  onProgress?(percent: number): void
  timeoutMs?: number
}

interface DownloadTask extends Promise<{ statusCode: number; tempFilePath: string }> {
  progress?(cb: (res: { progress: number }) => void): unknown
}

/** What a failed download says; the file body of an error is not read. */
function downloadError(statusCode: number): ApiError {
  if (statusCode === 401) return new ApiError('UNAUTHENTICATED', '登录已失效，请重新进入小程序', statusCode)
  if (statusCode === 404) return new ApiError('NOT_FOUND', '文件暂时无法获取，请返回刷新后重试', statusCode)
  // Documents are refused with 409 when the certificate is no longer in force (expired, cancelled…).
  if (statusCode === 409)
    return new ApiError(
      'CERTIFICATE_NOT_ACTIVE',
      '证书状态已变化，不能下载这份文件。请返回首页刷新证书后查看',
      statusCode,
    )
  if (statusCode === 429) return new ApiError('RATE_LIMITED', '操作过于频繁，请稍等一会儿再试', statusCode)
  return new ApiError(
    statusCode >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL',
    '文件下载失败，请稍后重试',
    statusCode,
  )
}

/**
 * Downloads a document the backend serves (a PDF) to a local temporary file, with the token and
 * progress. A 401 signs in again once and repeats; nothing is retried on its own (the holder taps
 * again), and no credentials mode is used in the browser build.
 */
export async function download(path: string, options: DownloadOptions = {}): Promise<string> {
  let token = auth?.getToken() ?? null
  if (auth && !token) token = await auth.renewToken(null)
  for (let replayed = false; ; replayed = true) {
    const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
    const task = Taro.downloadFile({
      url: apiUrl(path),
      header,
      withCredentials: false,
      timeout: options.timeoutMs ?? settings.uploadTimeoutMs,
    } as Parameters<typeof Taro.downloadFile>[0]) as unknown as DownloadTask
    task.progress?.((res) => options.onProgress?.(res.progress))
    let res: { statusCode: number; tempFilePath: string }
    try {
      res = await task
    } catch (err) {
      const msg = String((err as { errMsg?: string })?.errMsg ?? '')
      throw ApiError.client(/timeout/i.test(msg) ? 'TIMEOUT' : 'NETWORK')
    }
    if (res.statusCode === 200) return res.tempFilePath
    if (auth && res.statusCode === 401 && !replayed) {
      token = await auth.renewToken(token)
      continue
    }
    throw downloadError(res.statusCode)
  }
}
