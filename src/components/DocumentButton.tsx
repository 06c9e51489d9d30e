import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { openPdf } from '../services/platform/document'
import { toApiError } from '../services/errors'
import { Button } from './ui'

interface Props {
  /** What the button says, e.g. 查看电子证书 */
  label: string
  /** While downloading, before the percentage, e.g. 正在下载电子证书 */
  busyLabel: string
  fileName: string
  /** Downloads the file to a local path, reporting progress in percent */
  download(onProgress: (percent: number) => void): Promise<string>
  testId?: string
}

/**
 * A PDF the backend serves: downloaded with progress, then opened (WeChat's viewer, whose menu saves
 * or forwards it, or the browser's download), with what to do next or why it failed.
 */
export function DocumentButton({ label, busyLabel, fileName, download, testId }: Props) {
  const [progress, setProgress] = useState<number | null>(null)
  const [message, setMessage] = useState<{ tone: 'info' | 'warn'; text: string } | null>(null)
  const busy = progress !== null
  const open = async () => {
    if (busy) return
    setProgress(0)
    setMessage(null)
    try {
      const file = await download(setProgress)
      const opened = await openPdf(file, fileName)
      setMessage({ tone: 'info', text: opened.hint })
    } catch (err) {
      const e = toApiError(err)
      setMessage({ tone: 'warn', text: e.retryable ? `${e.message}。可再点一次重试。` : e.message })
    } finally {
      setProgress(null)
    }
  }
  return (
    <View data-testid={testId}>
      <Button type="primary" block loading={busy} disabled={busy} onClick={() => void open()}>
        {busy ? `${busyLabel} ${progress ?? 0}%` : label}
      </Button>
      {message && (
        <View
          className={`notice notice--${message.tone}`}
          role={message.tone === 'warn' ? 'alert' : 'status'}
        >
          <Text>{message.text}</Text>
        </View>
      )}
    </View>
  )
}
