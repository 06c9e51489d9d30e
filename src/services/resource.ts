import { ApiError, toApiError } from './errors'

/** The state every remote resource moves through; pages render one view per status. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface ResourceState<T> {
  data: T
  status: LoadStatus
  error: ApiError | null
  /** Instant of the last successful load, for "updated at" lines. */
  loadedAt: number | null
  /** A 「刷新」 (a fetch anew from the source) is under way, not only a read. */
  refreshing: boolean
}

export function initialResource<T>(data: T): ResourceState<T> {
  return { data, status: 'idle', error: null, loadedAt: null, refreshing: false }
}

/**
 * Runs a load against a resource slot: keeps the last good data while loading or failing, so a
 * weak network never blanks a screen that had content.
 */
export async function loadInto<T>(
  set: (patch: Partial<ResourceState<T>>) => void,
  fetcher: () => Promise<T>,
): Promise<T | undefined> {
  set({ status: 'loading', error: null })
  try {
    const data = await fetcher()
    set({ data, status: 'ready', error: null, loadedAt: Date.now() })
    return data
  } catch (err) {
    set({ status: 'error', error: toApiError(err) })
    return undefined
  }
}

/**
 * One resource slot read two ways: a plain read of what the backend holds, and a refresh that
 * fetches it anew from its source. Only the newest call writes the slot, so an answer that comes
 * back late never replaces a newer one; a read asked for while a refresh is under way waits for
 * that refresh instead of racing it (a page shown while 「刷新」 runs would otherwise put the old
 * record back on screen), and a refresh asked for during a read goes ahead and wins, so the
 * 「刷新」 button only needs to wait for another refresh (`refreshing`), not for a page's read.
 */
export function resourceSlot<T>(set: (patch: Partial<ResourceState<T>>) => void) {
  let latest = 0
  let refreshing: Promise<T | undefined> | null = null
  async function run(fetcher: () => Promise<T>, refresh: boolean): Promise<T | undefined> {
    const mine = ++latest
    set({ status: 'loading', error: null, refreshing: refresh })
    try {
      const data = await fetcher()
      if (mine === latest)
        set({ data, status: 'ready', error: null, loadedAt: Date.now(), refreshing: false })
      return data
    } catch (err) {
      if (mine === latest) set({ status: 'error', error: toApiError(err), refreshing: false })
      return undefined
    }
  }
  return {
    read(fetcher: () => Promise<T>): Promise<T | undefined> {
      return refreshing ?? run(fetcher, false)
    },
    /** Drops every answer still on its way (after sign-out, none may reach the next holder). */
    reset(): void {
      latest++
      refreshing = null
    },
    refresh(fetcher: () => Promise<T>): Promise<T | undefined> {
      const p = run(fetcher, true)
      refreshing = p
      void p.finally(() => {
        if (refreshing === p) refreshing = null
      })
      return p
    },
  }
}
