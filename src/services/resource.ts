import { ApiError, toApiError } from './errors'

/** The state every remote resource moves through; pages render one view per status. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface ResourceState<T> {
  data: T
  status: LoadStatus
  error: ApiError | null
  /** Instant of the last successful load, for "updated at" lines. */
  loadedAt: number | null
}

export function initialResource<T>(data: T): ResourceState<T> {
  return { data, status: 'idle', error: null, loadedAt: null }
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
