import { View, Text } from '@tarojs/components'
import type { Employment } from '../../../../data/employment/api'
import { FieldError, GuideLink } from './common'

/** 证书变更: the new employer, as 聘用关系 has it; nothing to type. */
export function ChangeEmployerFields({
  errors,
  flagged,
  employment,
}: {
  errors: Record<string, string>
  flagged?: readonly string[]
  employment: Employment | null
}) {
  return (
    <View className="section">
      <Text className="section__title">新聘用企业</Text>
      <View className="section__row">
        <Text className="section__label">接收证书的企业</Text>
        <Text className="section__value" data-testid="field-newEmployer">
          {employment ? employment.employer.name : '未查询到聘用关系'}
        </Text>
      </View>
      <FieldError name="employer" errors={errors} flagged={flagged} />
      <Text className="section__note">
        新聘用企业以「我的-聘用关系」为准，须是在安徽省登记的企业；不对时请先点「刷新聘用关系」。到外省工作请办理「跨省转出」。B类证书还需先把建造师注册变更到新企业。
      </Text>
      <GuideLink topic="FORCED_TRANSFER">原企业不配合确认或已注销？查看强制调动办法</GuideLink>
    </View>
  )
}
