import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { PageState } from '../../../guidance/components/PageState'
import { APPLICATION_TYPE_LABELS } from '../../../domain/applicationTypes'
import { ROUTES } from '../../../routes'
import { go } from '../../../services/navigation'
import { TYPE_INTROS } from '../content'
import { useApplyFlow, type ApplyFlowProps } from '../useApplyFlow'
import { ConfirmStep } from './ConfirmStep'
import { EditStep } from './EditStep'
import { SentBackNote } from './SentBackNote'
import './ApplyForm.scss'

/**
 * One application form: pick the certificate, fill the type's fields, see the rules' verdict with
 * the fix for each reason, confirm a summary, submit. Everything typed lives in the draft store, so
 * leaving, a refusal or a lost connection loses nothing; a submit is sent once per draft key.
 */
export function ApplyForm(props: ApplyFlowProps) {
  const flow = useApplyFlow(props)

  if (flow.screen === 'loading') {
    return (
      <PageState
        status={flow.loadError ? 'error' : 'loading'}
        error={flow.loadError}
        isEmpty
        onRetry={flow.reload}
        loadingText="正在读取办理条件…"
      />
    )
  }
  if (flow.screen === 'resubmitUnavailable') {
    const { resubmitId } = flow
    return (
      <View className="section" data-testid="resubmit-unavailable">
        <Text className="section__note">
          {flow.found
            ? '这条申请现在不是「已退回」状态，不需要修改后重新提交。请在办事详情中查看它的最新进度。'
            : '没有找到要修改的申请，请回到「办事」重新打开。'}
        </Text>
        <Button type="primary" block onClick={() => void go(ROUTES.applicationDetail(resubmitId))}>
          查看办事详情
        </Button>
      </View>
    )
  }
  if (flow.screen === 'opening') {
    return (
      <View className="section" data-testid="apply-loading">
        <Text className="section__note">{flow.done ? '已提交，正在打开办理进度…' : '正在打开草稿…'}</Text>
      </View>
    )
  }

  return (
    <View className="apply" data-testid="apply-form" data-step={flow.step}>
      <View className="section">
        <Text className="section__title">{APPLICATION_TYPE_LABELS[flow.type]}</Text>
        <Text className="section__note">{TYPE_INTROS[flow.type]}</Text>
        {flow.loadError && (
          <Text className="notice notice--warn" onClick={flow.reload}>
            刷新办理条件失败：{flow.loadError.message}（点此重试）
          </Text>
        )}
        {flow.correcting && <SentBackNote application={flow.correcting} />}
        {flow.restored && (
          <Text className="notice notice--info" data-testid="draft-restored">
            已恢复您上次未提交的内容，可以接着填写。
          </Text>
        )}
      </View>

      {flow.step === 'edit' ? <EditStep flow={flow} /> : <ConfirmStep flow={flow} />}
    </View>
  )
}
