import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { initialResource, resourceSlot, type ResourceState } from '../services/resource'
import { onReconnect } from './network/store'

export interface Remote<T> extends ResourceState<T | null> {
  /** No id in the link, or the backend knows no such record (or not for this holder). */
  missing: boolean
  reload(): void
}

/**
 * One record a detail page shows, by the id in its link: on the same resource slot as the stores,
 * so a late answer for an earlier id or an earlier attempt never replaces the newest one. Loaded
 * when the page opens or the id changes, again on 重试 and when the network returns.
 */
export function useRemote<T>(id: string | undefined, fetcher: (id: string) => Promise<T>): Remote<T> {
  const [state, setState] = useState<ResourceState<T | null>>(() => initialResource<T | null>(null))
  const slot = useMemo(
    () => resourceSlot<T | null>((patch) => setState((s) => ({ ...s, ...patch })), { initial: null }),
    [],
  )
  const fetch = useRef(fetcher)
  fetch.current = fetcher
  const reload = useCallback(() => {
    if (id) void slot.refresh(() => fetch.current(id))
  }, [id, slot])
  useEffect(() => {
    slot.reset()
    reload()
  }, [reload, slot])
  useEffect(() => onReconnect(reload), [reload])
  return { ...state, missing: !id || state.error?.code === 'NOT_FOUND', reload }
}
