/** Which draft a form shows: the correction's own, or the holder's draft of this type and certificate. */
import type { HolderApplicationType } from '../../../domain/types'
import type { Application } from '../../../data/apply/api'
import { hasContent, useApplyDrafts } from '../../../data/apply/drafts'
import type { FlowAction } from './state'

/**
 * Opens (or creates) the draft and says whether it already held something typed, which the form
 * then mentions. A correction waits until its sent-back application has been read.
 */
export function openDraft(
  holder: string,
  type: HolderApplicationType,
  certificateId: string | undefined,
  resubmitId: string | undefined,
  correcting: Application | null,
): Extract<FlowAction, { type: 'draftOpened' }> | null {
  const drafts = useApplyDrafts.getState()
  if (resubmitId) {
    if (!correcting) return null
    return {
      type: 'draftOpened',
      key: drafts.openResubmit(holder, { ...correcting, type }),
      hadContent: false,
    }
  }
  const key = drafts.open(holder, type, certificateId ?? null)
  return { type: 'draftOpened', key, hadContent: hasContent(useApplyDrafts.getState().drafts[key]) }
}
