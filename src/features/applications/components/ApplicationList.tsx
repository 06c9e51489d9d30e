import { View, Text } from '@tarojs/components'
import { useShallow } from 'zustand/react/shallow'
import { LoadState } from '../../../guidance/components/LoadState'
import { StatusChip } from '../../../components/StatusChip'
import { APPLICATION_STATUS_LABELS, APPLICATION_TYPE_LABELS } from '../../../domain/applicationTypes'
import { go } from '../../../services/navigation'
import { ROUTES } from '../../../routes'
import { useApplications } from '../../../data/applications/store'
import { APPLICATION_STATUS_TONES } from '../../../components/applicationStatus'
import { formatInstant } from '../../../domain/dates'
import './ApplicationList.scss'

/** 办事: the holder's applications, newest first. */
export function ApplicationList() {
  const { applications, load } = useApplications(
    useShallow((s) => ({ applications: s.applications, load: s.load })),
  )
  return (
    <LoadState
      status={applications.status}
      error={applications.error}
      isEmpty={applications.data.length === 0}
      onRetry={() => void load()}
      empty={
        <View className="section">
          <Text className="section__note">您还没有办理中的事项。在「首页」选择要办理的业务即可申请。</Text>
        </View>
      }
    >
      {applications.data.map((a) => (
        <View
          key={a.id}
          className="application-row"
          data-testid="application-row"
          onClick={() => void go(ROUTES.applicationDetail(a.id))}
        >
          <View className="application-row__head">
            <Text className="application-row__type">{APPLICATION_TYPE_LABELS[a.type]}</Text>
            <StatusChip
              tone={APPLICATION_STATUS_TONES[a.status]}
              text={APPLICATION_STATUS_LABELS[a.status]}
            />
          </View>
          <Text className="application-row__line">证书：{a.certificateNumber}</Text>
          <Text className="application-row__line">更新于 {formatInstant(a.updatedAt)}</Text>
        </View>
      ))}
    </LoadState>
  )
}
