import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '../../../components/ui'
import { APPLICATION_TYPE_LABELS, isHolderApplicationType } from '../../../domain/applicationTypes'
import { ApplyForm } from '../../../features/apply/components/ApplyForm'
import { SignInGate } from '../../../features/session/components/SignInGate'
import { ROUTES, TAB_ROUTES } from '../../../routes'
import { go, replaceWith } from '../../../services/navigation'
import { usePageClassName } from '../../../data/display/store'
import { usePrivatePage } from '../../../features/share/share'

const RESOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/

/** 办理业务: /packages/apply/form/index?type=RENEWAL&certificateId=…; &resubmit=<id> corrects a sent-back one. */
export default function ApplyFormPage() {
  usePrivatePage()
  const pageClassName = usePageClassName()
  const params = useRouter()?.params ?? {}
  const type = isHolderApplicationType(params.type) ? params.type : undefined
  const certificateId =
    params.certificateId && RESOURCE_ID.test(params.certificateId) ? params.certificateId : undefined
  const resubmitId = params.resubmit && RESOURCE_ID.test(params.resubmit) ? params.resubmit : undefined

  useEffect(() => {
    if (type)
      void Taro.setNavigationBarTitle({
        title: resubmitId
          ? `修改后重新提交 · ${APPLICATION_TYPE_LABELS[type]}`
          : APPLICATION_TYPE_LABELS[type],
      })
  }, [type, resubmitId])

  return (
    <View className={pageClassName}>
      <SignInGate>
        {type ? (
          <ApplyForm
            type={type}
            certificateId={certificateId}
            resubmitId={resubmitId}
            onSubmitted={(application) => void replaceWith(ROUTES.applicationDetail(application.id))}
          />
        ) : (
          <View className="section" role="alert">
            <Text className="section__note">没有找到要办理的业务，请从「首页」的「办理业务」重新选择。</Text>
            <Button type="primary" block onClick={() => void go(TAB_ROUTES.home)}>
              回到首页
            </Button>
          </View>
        )}
      </SignInGate>
    </View>
  )
}
