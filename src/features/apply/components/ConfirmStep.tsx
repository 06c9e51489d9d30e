import { View } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { APPLICATION_TYPE_LABELS } from '../../../domain/applicationTypes'
import { summaryRows } from '../content'
import type { ApplyFlowForm } from '../useApplyFlow'
import { ApplyBanner } from './ApplyBanner'
import { ApplySummary } from './ApplySummary'
import { VerdictPanel } from './VerdictPanel'

/** 核对信息: everything that will be sent, any warning, then 确认提交 or 返回修改. */
export function ConfirmStep({ flow }: { flow: ApplyFlowForm }) {
  const { type, built, verdict } = flow
  return (
    <>
      <ApplySummary
        title={APPLICATION_TYPE_LABELS[type]}
        rows={summaryRows({
          type,
          fields: built.ok ? built.body.fields : flow.draft.fields,
          certificate: flow.selected?.certificate,
          employment: flow.employment,
        })}
      />
      {(!verdict.allowed || verdict.warnings.length > 0) && (
        <VerdictPanel verdict={verdict} fromServer={flow.fromServer} onFixed={flow.onFixed} />
      )}
      <ApplyBanner banner={flow.banner} />
      <View className="apply__actions">
        <Button
          type="primary"
          block
          loading={flow.submitting}
          disabled={flow.submitting || !verdict.allowed}
          data-testid="apply-submit"
          onClick={flow.submit}
        >
          {flow.resubmit ? '确认重新提交' : '确认提交'}
        </Button>
        <Button block disabled={flow.submitting} data-testid="apply-back" onClick={flow.back}>
          返回修改
        </Button>
      </View>
    </>
  )
}
