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

export interface SlotOptions<T> {
  /** What the slot holds before the first answer and again after reset (sign-out). */
  initial?: T
  /**
   * Once loaded, a read answers from memory until a read is forced (configuration: it changes
   * rarely, so it is fetched once per launch).
   */
  cacheForLaunch?: boolean
}

/**
 * A remote resource's slot: the one primitive every store in data/ is built on. Keeps the last
 * good data while loading or failing, so a weak network never blanks a screen that had content.
 * Read two ways: a plain read of what the backend holds, and a refresh that fetches it anew from
 * its source.
 * - A read asked for while a call is under way joins it instead of sending the same request
 *   again (browsers hold a second identical GET until the first answers, so on a slow network the
 *   copy would time out after the first had already brought the data).
 * - A refresh always goes ahead and only the newest call writes the slot: a read answering late
 *   never puts the old record back over the refresh's answer. So the 「刷新」 button only waits
 *   for another refresh (`refreshing`), never for a page's own read.
 * - retry() does again what was asked last: a 「刷新」 that failed is refreshed again, not only read.
 */
export function resourceSlot<T>(
  set: (patch: Partial<ResourceState<T>>) => void,
  options: SlotOptions<T> = {},
) {
  let latest = 0
  let inflight: Promise<T | undefined> | null = null
  let cached: { data: T } | null = null
  let last: { fetcher: () => Promise<T>; refresh: boolean } | null = null
  function run(fetcher: () => Promise<T>, refresh: boolean): Promise<T | undefined> {
    const mine = ++latest
    last = { fetcher, refresh }
    set({ status: 'loading', error: null, refreshing: refresh })
    const settle = () => {
      if (inflight === call) inflight = null
    }
    const call: Promise<T | undefined> = Promise.resolve()
      .then(fetcher)
      .then(
        (data) => {
          settle()
          if (mine === latest) {
            cached = { data }
            set({ data, status: 'ready', error: null, loadedAt: Date.now(), refreshing: false })
          }
          return data
        },
        (err: unknown) => {
          settle()
          if (mine === latest) set({ status: 'error', error: toApiError(err), refreshing: false })
          return undefined
        },
      )
    inflight = call
    return call
  }
  return {
    read(fetcher: () => Promise<T>, force = false): Promise<T | undefined> {
      if (options.cacheForLaunch && cached && !force) return Promise.resolve(cached.data)
      return inflight ?? run(fetcher, false)
    },
    refresh(fetcher: () => Promise<T>): Promise<T | undefined> {
      return run(fetcher, true)
    },
    retry(): Promise<T | undefined> {
      return last ? run(last.fetcher, last.refresh) : Promise.resolve(undefined)
    },
    /** Data the app already has (an answer to its own write): it wins over reads still on their way. */
    put(data: T): void {
      latest++
      inflight = null
      cached = { data }
      set({ data, status: 'ready', error: null, loadedAt: Date.now(), refreshing: false })
    },
    /**
     * Drops every answer still on its way (after sign-out, none may reach the next holder), and
     * with an initial value, what the slot held.
     */
    reset(): void {
      latest++
      inflight = null
      cached = null
      last = null
      if ('initial' in options) set(initialResource(options.initial as T))
    },
  }
}

export type ResourceSlot<T> = ReturnType<typeof resourceSlot<T>>
