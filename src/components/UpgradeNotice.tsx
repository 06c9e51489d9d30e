import { View, Text } from '@tarojs/components'

/** 「请升级微信后使用」: what cannot be done on this WeChat, why, and how to update it. */
export function UpgradeNotice({ what, minimum }: { what: string; minimum: string }) {
  return (
    <View className="section" role="alert" data-testid="upgrade-notice">
      <Text className="section__title">请升级微信后使用</Text>
      <Text className="section__note">
        您的微信版本过低，不支持{what}（需要微信基础库 {minimum} 及以上）。
      </Text>
      <Text className="section__note">
        升级方法：打开微信「我」→「设置」→「关于微信」→「版本更新」，或到手机应用商店更新微信，更新后重新打开本小程序。查看证书和办事进度不受影响。
      </Text>
    </View>
  )
}
