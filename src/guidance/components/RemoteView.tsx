import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { PageState } from './PageState'
import type { ApiError } from '../../services/errors'
import { toApiError } from '../../services/errors'
import { onReconnect } from '../../data/network/store'
import type { LoadStatus } from '../../services/resource'

interface Props<T> {
  /** Route parameter; may be missing on some clients or in a hand-made link. */
  id: string | undefined
  missingText: string
  fetcher(id: string): Promise<T>
  render(data: T, reload: () => void): ReactNode
}

/** A detail page's data, fetched by id, with loading, error (with retry) and not-found states. */
export function RemoteView<T>({ id, missingText, fetcher, render }: Props<T>) {
  const [data, setData] = useState<T | null>(null)
  const [status, setStatus] = useState<LoadStatus>('idle')
  const [error, setError] = useState<ApiError | null>(null)

  const load = useCallback(() => {
    if (!id) return
    setStatus('loading')
    fetcher(id)
      .then((d) => {
        setData(d)
        setStatus('ready')
        setError(null)
      })
      .catch((err) => {
        setError(toApiError(err))
        setStatus('error')
      })
  }, [id, fetcher])

  useEffect(load, [load])
  useEffect(() => onReconnect(load), [load])

  if (!id || error?.code === 'NOT_FOUND') {
    return (
      <View className="section" role="alert">
        <Text className="section__note">{missingText}</Text>
      </View>
    )
  }
  return (
    <PageState status={status} error={error} isEmpty={data === null} onRetry={load}>
      {data !== null && render(data, load)}
    </PageState>
  )
}
