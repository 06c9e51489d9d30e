/**
 * Downloads of documents the backend serves (PDFs), apart from the JSON client so that only the
 * pages that offer a document carry it.
 */
import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import { apiUrl, currentAuth, uploadTimeoutMs } from './http'

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
  const auth = currentAuth()
  let token = auth?.getToken() ?? null
  if (auth && !token) token = await auth.renewToken(null)
  for (let replayed = false; ; replayed = true) {
    const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
    const task = Taro.downloadFile({
      url: apiUrl(path),
      header,
      withCredentials: false,
      timeout: options.timeoutMs ?? uploadTimeoutMs(),
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
