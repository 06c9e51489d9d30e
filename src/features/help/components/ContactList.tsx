import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { useProfile } from '../../../data/profile/store'
import './ContactList.scss'

/** 咨询电话 / 办理地点 from the configuration, each with 「拨打」; example entries say so. */
export function ContactList() {
  const config = useProfile((s) => s.config)
  useEffect(() => {
    void useProfile.getState().loadConfig()
  }, [])
  const contacts = config.data?.contacts ?? []
  if (!contacts.length) {
    return (
      <Text className="section__note" data-testid="contacts-empty">
        {config.status === 'error'
          ? '咨询电话暂时读取不到，请稍后再看；也可以直接联系聘用企业的经办人。'
          : config.status === 'ready'
            ? '暂未公布咨询电话，请联系聘用企业的经办人或所在市的建设主管部门。'
            : '正在读取咨询电话…'}
      </Text>
    )
  }
  return (
    <View data-testid="contacts">
      {contacts.map((c) => (
        <View key={`${c.city}-${c.phone}`} className="contact" data-testid="contact">
          <View className="contact__head">
            <Text className="contact__city">{c.city}</Text>
            {c.sample && <Text className="contact__sample">示例</Text>}
          </View>
          <Text className="contact__office">{c.office}</Text>
          {c.address && <Text className="contact__line">地址：{c.address}</Text>}
          {c.hours && <Text className="contact__line">时间：{c.hours}</Text>}
          <View className="contact__call">
            <Text className="contact__phone">{c.phone}</Text>
            <Button
              size="small"
              type="primary"
              fill="outline"
              onClick={() => void Taro.makePhoneCall({ phoneNumber: c.phone }).catch(() => undefined)}
            >
              拨打
            </Button>
          </View>
        </View>
      ))}
      {contacts.some((c) => c.sample) && (
        <Text className="section__note">
          标有「示例」的号码和地址仅为演示，正式使用时以主管部门公布的为准。
        </Text>
      )}
    </View>
  )
}
