import { toApiError } from '../services/errors'

/**
 * Reads of what exists only for a verified holder (certificates, 聘用关系, reminders) go out with
 * the profile, before the app knows whether 实名认证 is done: for a holder who has not done it yet
 * the answer is simply "nothing yet", not an error to show.
 */
export function emptyBeforeRealName<T>(fetcher: () => Promise<T>, empty: T): () => Promise<T> {
  return () =>
    fetcher().catch((err: unknown) => {
      if (toApiError(err).code === 'REALNAME_REQUIRED') return empty
      throw err
    })
}
