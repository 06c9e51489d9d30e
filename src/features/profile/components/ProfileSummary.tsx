import { View, Text, Image } from '@tarojs/components'
import { useShallow } from 'zustand/react/shallow'
import { apiUrl } from '../../../services/http'
import { LoadState } from '../../../guidance/components/LoadState'
import { StatusChip } from '../../../components/StatusChip'
import { useProfile } from '../../../data/profile/store'
import './ProfileSummary.scss'
import { Button } from '../../../components/ui'
import { go } from '../../../services/navigation'
import { ROUTES } from '../../../routes'

/** 我的: 实名认证 (name and masked ID number only), 证件照 status, contact phone. */
export function ProfileSummary() {
  const profile = useProfile(useShallow((s) => s.profile))
  const p = profile.data
  return (
    <LoadState
      status={profile.status}
      error={profile.error}
      isEmpty={!p}
      onRetry={() => void useProfile.getState().loadProfile()}
    >
      {p && (
        <View className="section" data-testid="realname-section">
          <Text className="section__title">实名认证</Text>
          <View className="section__row">
            <Text className="section__label">状态</Text>
            {p.realName.status === 'VERIFIED' ? (
              <StatusChip tone="ok" text="已认证" />
            ) : (
              <StatusChip tone="warn" text="未认证" />
            )}
          </View>
          {p.realName.status === 'VERIFIED' && (
            <>
              <View className="section__row">
                <Text className="section__label">姓名</Text>
                <Text className="section__value">{p.realName.name}</Text>
              </View>
              <View className="section__row">
                <Text className="section__label">身份证号</Text>
                <Text className="section__value" data-testid="masked-id">
                  {p.realName.idNumberMasked}
                </Text>
              </View>
            </>
          )}
          {p.phoneMasked && (
            <View className="section__row">
              <Text className="section__label">联系电话</Text>
              <Text className="section__value">{p.phoneMasked}</Text>
            </View>
          )}
          {p.realName.status !== 'VERIFIED' && (
            <>
              <Text className="section__note">办理任何证书业务前，请先完成实名认证。</Text>
              <Button type="primary" block onClick={() => void go(ROUTES.realname)}>
                去实名认证
              </Button>
            </>
          )}
        </View>
      )}
      {p && (
        <View className="section" data-testid="photo-section">
          <Text className="section__title">证件照（蓝底）</Text>
          <View className="section__row">
            <Text className="section__label">状态</Text>
            {p.photo.status === 'ACCEPTED' ? (
              <StatusChip tone="ok" text="已上传" />
            ) : (
              <StatusChip tone="warn" text="未上传" />
            )}
          </View>
          {p.photo.status === 'ACCEPTED' && p.photo.url && (
            <Image
              className="profile__photo"
              src={apiUrl(p.photo.url)}
              mode="aspectFit"
              data-testid="accepted-photo"
              ariaLabel="已上传的蓝底证件照"
              nativeProps={{ alt: '已上传的蓝底证件照' }}
            />
          )}
          {p.photo.status !== 'ACCEPTED' && (
            <Text className="section__note">
              企业为您办理信息变更（照片、职务、企业更名）前，需要您先上传蓝底证件照。
            </Text>
          )}
          {p.realName.status === 'VERIFIED' && (
            <Button block onClick={() => void go(ROUTES.photo)}>
              {p.photo.status === 'ACCEPTED' ? '更换证件照' : '上传蓝底证件照'}
            </Button>
          )}
        </View>
      )}
    </LoadState>
  )
}
