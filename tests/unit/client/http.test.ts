/** The HTTP client: envelope, typed errors, retries only when safe, and one shared re-login on 401. */
import { configureHttp, request as apiRequest } from '../../../src/services/http'
import { useSession } from '../../../src/data/session/store'
import { ApiError } from '../../../src/services/errors'

const request = jest.fn()
const login = jest.fn()
const storage = new Map<string, string>()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    request: (opts: unknown) => request(opts),
    login: () => login(),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: string) => storage.set(k, v),
    removeStorageSync: (k: string) => storage.delete(k),
  },
}))

const ok = (data: unknown) => ({
  statusCode: 200,
  data: JSON.stringify({ data, meta: { serverTime: '2026-11-23T00:00:00Z' } }),
  header: {},
})
const fail = (statusCode: number, code: string, message = '错误') => ({
  statusCode,
  data: JSON.stringify({ error: { code, message }, meta: { serverTime: '2026-11-23T00:00:00Z' } }),
  header: {},
})

beforeEach(() => {
  request.mockReset()
  login.mockReset()
  storage.clear()
  configureHttp({ baseUrl: 'http://backend.test', backoffBaseMs: 1, backoffMaxMs: 5, retries: 2 })
  useSession.setState({
    status: 'signedIn',
    token: 'good',
    expiresAt: '2099-01-01T00:00:00Z',
    error: null,
    signedOut: false,
  })
})

describe('401 with an expired token', () => {
  it('signs in once for ten concurrent requests, then each replays once', async () => {
    useSession.setState({ token: 'expired' })
    let codes = 0
    login.mockImplementation(async () => ({ code: `code-${++codes}` }))
    const sessionCalls: unknown[] = []
    request.mockImplementation(
      async (opts: { url: string; method: string; header: Record<string, string>; data?: string }) => {
        if (opts.url.endsWith('/v1/sessions')) {
          sessionCalls.push(JSON.parse(opts.data ?? '{}'))
          await new Promise((r) => setTimeout(r, 20))
          return ok({ token: 'fresh', expiresAt: '2099-01-01T00:00:00Z' })
        }
        return opts.header.Authorization === 'Bearer fresh'
          ? ok([{ id: 'c1' }])
          : fail(401, 'UNAUTHENTICATED', '登录已过期')
      },
    )

    // The page stays on screen while the token is renewed (the sign-in gate never takes over).
    const statuses: string[] = []
    const unsubscribe = useSession.subscribe((s) => statuses.push(s.status))
    const results = await Promise.all(
      Array.from({ length: 10 }, () => apiRequest<{ id: string }[]>('/v1/certificates')),
    )
    unsubscribe()
    expect(new Set(statuses)).toEqual(new Set(['signedIn']))

    expect(results).toHaveLength(10)
    results.forEach((r) => expect(r).toEqual([{ id: 'c1' }]))
    expect(login).toHaveBeenCalledTimes(1)
    expect(sessionCalls).toEqual([{ code: 'code-1' }])
    const certificateCalls = request.mock.calls.filter(([o]) => o.url.endsWith('/v1/certificates'))
    expect(certificateCalls).toHaveLength(20)
    expect(useSession.getState().token).toBe('fresh')
    // The token never travels in a URL.
    request.mock.calls.forEach(([o]) => expect(o.url).not.toMatch(/fresh|expired/))
  })

  it('gives up after one replay when the backend still says 401', async () => {
    login.mockResolvedValue({ code: 'c' })
    request.mockImplementation(async (opts: { url: string }) =>
      opts.url.endsWith('/v1/sessions')
        ? ok({ token: 'again', expiresAt: '2099-01-01T00:00:00Z' })
        : fail(401, 'UNAUTHENTICATED', '登录已过期'),
    )
    await expect(apiRequest('/v1/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(request.mock.calls.filter(([o]) => o.url.endsWith('/v1/me'))).toHaveLength(2)
  })
})

describe('retries', () => {
  it('retries a read on 503 and succeeds', async () => {
    request
      .mockResolvedValueOnce(fail(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用'))
      .mockRejectedValueOnce({ errMsg: 'request:fail' })
      .mockResolvedValueOnce(ok({ fine: true }))
    await expect(apiRequest('/v1/me')).resolves.toEqual({ fine: true })
    expect(request).toHaveBeenCalledTimes(3)
  })

  it('does not retry a write without an Idempotency-Key', async () => {
    request.mockResolvedValue(fail(502, 'SERVICE_UNAVAILABLE', '服务暂时不可用'))
    await expect(apiRequest('/v1/me/employment/refresh', { method: 'POST' })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    })
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('retries a keyed write with the same key every time', async () => {
    request
      .mockRejectedValueOnce({ errMsg: 'request:fail socket closed' })
      .mockResolvedValueOnce(ok({ id: 'a1' }))
    await expect(
      apiRequest('/v1/applications', {
        method: 'POST',
        body: { type: 'RENEWAL' },
        idempotencyKey: 'key-12345678',
      }),
    ).resolves.toEqual({ id: 'a1' })
    const keys = request.mock.calls.map(([o]) => o.header['Idempotency-Key'])
    expect(keys).toEqual(['key-12345678', 'key-12345678'])
  })

  it('does not retry a refusal (4xx) and keeps its code and Chinese message', async () => {
    request.mockResolvedValue(
      fail(409, 'OPEN_APPLICATION_EXISTS', '您尚有未办结的申请事项，请等待办结后再进行申报'),
    )
    const err = (await apiRequest('/v1/applications', {
      method: 'POST',
      idempotencyKey: 'k-123456789',
    }).catch((e) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err.code).toBe('OPEN_APPLICATION_EXISTS')
    expect(err.message).toBe('您尚有未办结的申请事项，请等待办结后再进行申报')
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('answers a timeout at once instead of waiting the timeout out again', async () => {
    request.mockRejectedValue({ errMsg: 'request:fail timeout' })
    const err = (await apiRequest('/v1/me').catch((e) => e)) as ApiError
    expect(err.code).toBe('TIMEOUT')
    expect(err.message).toBe('网络较慢，请求超时，请稍后重试')
    expect(err.retryable).toBe(true)
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('gives up after the retry budget with a Chinese network message', async () => {
    request.mockRejectedValue({ errMsg: 'request:fail' })
    const err = (await apiRequest('/v1/me').catch((e) => e)) as ApiError
    expect(err.code).toBe('NETWORK')
    expect(err.message).toMatch(/网络/)
    expect(request).toHaveBeenCalledTimes(3)
  })
})

describe('responses', () => {
  it('unwraps the envelope and reports malformed JSON as BAD_RESPONSE', async () => {
    request.mockResolvedValueOnce({ statusCode: 200, data: '{"data": [1,', header: {} })
    request.mockResolvedValueOnce(ok([1, 2]))
    await expect(apiRequest('/v1/certificates')).resolves.toEqual([1, 2])
    request.mockResolvedValue({ statusCode: 200, data: '<html>', header: {} })
    await expect(apiRequest('/v1/certificates', { retries: 0 })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    })
  })

  it('carries field errors from VALIDATION_FAILED', async () => {
    request.mockResolvedValue({
      statusCode: 422,
      data: JSON.stringify({
        error: {
          code: 'VALIDATION_FAILED',
          message: '请检查填写内容',
          fields: [{ field: 'idNumber', message: '校验位不正确' }],
        },
      }),
      header: {},
    })
    const err = (await apiRequest('/v1/realname/verifications', { method: 'POST', body: {} }).catch(
      (e) => e,
    )) as ApiError
    expect(err.fieldMessage('idNumber')).toBe('校验位不正确')
  })
})
