import { View, Text } from '@tarojs/components'
import { HOLDER_APPLICATION_TYPES, APPLICATION_TYPE_LABELS } from '../../../domain/applicationTypes'
import { ROUTES } from '../../../routes'
import { go } from '../../../services/navigation'
import { useProfile } from '../../../data/profile/store'
import { TYPE_SUMMARIES } from '../summaries'
import { hasContent, isDraftExpired, latestDraftKey, useApplyDrafts } from '../../../data/apply/drafts'
import { holderKeyOf } from '../../../data/apply/holderKey'
import './ApplyEntries.scss'

/**
 * 首页 → 办理业务 → 【安管人员】: the five businesses a holder starts here, in the words of the guide's
 * path (【安管人员】-【延期复核】…), marked when a draft is waiting.
 */
export function ApplyEntries() {
  const holder = useProfile((s) => holderKeyOf(s.profile.data))
  const drafts = useApplyDrafts((s) => s.drafts)
  return (
    <View className="section" data-testid="apply-entries">
      <Text className="section__title">办理业务</Text>
      <View className="apply-entries__group" role="heading" aria-level={3} data-testid="apply-group">
        <Text>【安管人员】</Text>
      </View>
      <View className="apply-entries">
        {HOLDER_APPLICATION_TYPES.map((type) => {
          const key = latestDraftKey(drafts, holder, type)
          const draft = key && !isDraftExpired(drafts[key]) ? drafts[key] : undefined
          return (
            <View
              key={type}
              className="apply-entries__item"
              data-testid={`apply-entry-${type}`}
              onClick={() => void go(ROUTES.apply(type, draft?.certificateId ?? undefined))}
            >
              <Text className="apply-entries__label">{APPLICATION_TYPE_LABELS[type]}</Text>
              <Text className="apply-entries__note">{TYPE_SUMMARIES[type]}</Text>
              {hasContent(draft) && <Text className="apply-entries__draft">有未提交的草稿</Text>}
            </View>
          )
        })}
      </View>
    </View>
  )
}
