/** Downloading a document (电子证书, 批准证明): the file path, progress, and what a refusal says. */
import { download } from '../../../src/services/download'
import { configureHttp } from '../../../src/services/http'
import { ApiError } from '../../../src/services/errors'

const downloadFile = jest.fn()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { downloadFile: (opts: unknown) => downloadFile(opts) },
}))

/** What Taro.downloadFile returns: a promise with a progress hook. */
function task(result: { statusCode: number; tempFilePath: string } | Error, progress: number[] = []) {
  const promise = (
    result instanceof Error ? Promise.reject(result) : Promise.resolve(result)
  ) as Promise<unknown> & {
    progress?: (cb: (r: { progress: number }) => void) => void
  }
  promise.progress = (cb) => progress.forEach((p) => cb({ progress: p }))
  return promise
}

beforeEach(() => {
  downloadFile.mockReset()
  configureHttp({ baseUrl: 'http://backend.test' })
})

test('resolves with the local file, reporting progress, from the backend address', async () => {
  downloadFile.mockReturnValue(task({ statusCode: 200, tempFilePath: 'wxfile://tmp/a.pdf' }, [10, 60, 100]))
  const seen: number[] = []
  await expect(download('/v1/certificates/c1/document', { onProgress: (p) => seen.push(p) })).resolves.toBe(
    'wxfile://tmp/a.pdf',
  )
  expect(seen).toEqual([10, 60, 100])
  expect(downloadFile.mock.calls[0][0]).toMatchObject({
    url: 'http://backend.test/v1/certificates/c1/document',
  })
})

test('a certificate no longer in force (409) says so and what to do, not "try again later"', async () => {
  downloadFile.mockReturnValue(task({ statusCode: 409, tempFilePath: 'wxfile://tmp/err' }))
  const err = await download('/v1/certificates/c1/document').catch((e: unknown) => e)
  expect(err).toBeInstanceOf(ApiError)
  expect(err).toMatchObject({ code: 'CERTIFICATE_NOT_ACTIVE', status: 409 })
  expect((err as ApiError).message).toContain('刷新证书')
})

test('a lost connection is a network error the holder can retry', async () => {
  downloadFile.mockReturnValue(task(Object.assign(new Error('x'), { errMsg: 'downloadFile:fail' })))
  const err = await download('/v1/certificates/c1/document').catch((e: unknown) => e)
  expect(err).toMatchObject({ code: 'NETWORK', retryable: true })
})
