import type { ReactNode } from 'react'
import type { Remote } from '../../data/useRemote'
import { LoadState, type StateProps } from './LoadState'
import { RefusalHelp } from './RefusalHelp'

/**
 * LoadState for the flows: an error is explained from the whole refusal table (a form's read can
 * meet a rule's refusal, not only a failed connection).
 */
export function PageState(props: StateProps) {
  return <LoadState {...props} help={(code) => <RefusalHelp code={code} next="all" />} />
}

/** A detail page's record by the id in its link: loading, error with 重试, not found, or the record. */
export function RemoteState<T>({
  remote,
  notFound,
  children,
}: {
  remote: Remote<T>
  notFound: string
  children(data: T, reload: () => void): ReactNode
}) {
  return (
    <PageState
      status={remote.status}
      error={remote.error}
      isEmpty={remote.data === null}
      onRetry={remote.reload}
      notFound={remote.missing && notFound}
    >
      {remote.data !== null && children(remote.data, remote.reload)}
    </PageState>
  )
}
