/**
 * IDEMPOTENCY_KEY_REUSED: the draft's key has already been used, so an earlier tap got through and
 * only its answer was lost. The form opens what that tap filed; when nothing is found the draft gets
 * a new key and the holder taps again. Either way nothing is filed twice and nothing typed is lost.
 */
import { isOpen } from '../../../domain/applicationSteps'
import { canResubmit } from '../../../domain/sendBack'
import type { HolderApplicationType } from '../../../domain/types'
import type { Application } from '../../../data/apply/api'

export type ReusedKeyOutcome =
  { kind: 'submitted'; application: Application; title: string } | { kind: 'renew' }

/** 修改后重新提交: the key already resubmitted it if the application is no longer sent back. */
export function afterReusedResubmit(now: Application | null): ReusedKeyOutcome {
  return now && !canResubmit(now)
    ? { kind: 'submitted', application: now, title: '此前已重新提交' }
    : { kind: 'renew' }
}

/** A new application: the latest open one of this type (and certificate) is the one the key created. */
export function afterReusedCreate(
  applications: readonly Application[],
  sent: { type: HolderApplicationType; needsCertificate: boolean; certificateId: string | null },
): ReusedKeyOutcome {
  const earlier = applications
    .filter(
      (a) =>
        a.type === sent.type &&
        isOpen(a) &&
        (!sent.needsCertificate || a.certificateId === sent.certificateId),
    )
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
  return earlier ? { kind: 'submitted', application: earlier, title: '此前已提交' } : { kind: 'renew' }
}
