import { View, Text } from '@tarojs/components'
import { useShallow } from 'zustand/react/shallow'
import { Button } from '../../../components/ui'
import { mismatchedCertificates } from '../../../domain/employerMatch'
import { registeredInHomeProvince } from '../../../domain/uscc'
import { formatInstant } from '../../../domain/dates'
import { useEmployment } from '../../../data/employment/store'
import { useCertificates } from '../../../data/certificates/store'

/** 我的 → 聘用关系: the employer on record, when it was last refreshed, and 「刷新聘用关系」. */
export function EmploymentSection() {
  const { employment, refresh } = useEmployment(
    useShallow((s) => ({ employment: s.employment, refresh: s.refresh })),
  )
  const e = employment.data
  const certificates = useCertificates((s) => s.certificates.data)
  const mismatched = mismatchedCertificates(certificates, e)
  // Only another 刷新 holds the button: a tap during the page's own read goes ahead and wins.
  const busy = employment.refreshing
  return (
    <View className="section" id="employment" data-testid="employment-section">
      <Text className="section__title">聘用关系</Text>
      {e ? (
        <>
          <View className="section__row">
            <Text className="section__label">聘用企业</Text>
            <Text className="section__value">{e.employer.name}</Text>
          </View>
          <View className="section__row">
            <Text className="section__label">统一社会信用代码</Text>
            <Text className="section__value">{e.employer.uscc}</Text>
          </View>
          <View className="section__row">
            <Text className="section__label">聘用起始</Text>
            <Text className="section__value">{e.since}</Text>
          </View>
          <Text className="section__note">刷新时间：{formatInstant(e.refreshedAt)}</Text>
          {mismatched.map((c) => (
            <Text key={c.id} className="notice notice--warn" data-testid="employment-mismatch">
              证书 {c.number} 登记的企业是「{c.employer.name}」，与当前聘用关系「{e.employer.name}」不一致。
              只有延期复核需要两者一致。
              {registeredInHomeProvince(e.employer)
                ? '如您已到省内新单位工作、还要续用这本证书，请办理「证书变更」；'
                : '您现在的单位不在安徽省，要把证书转过去请办理「跨省转出」；'}
              跨省转出和证书注销不受影响，由证书上的企业办理。如聘用关系有误，请联系企业在建筑市场监管公共服务平台更正后再点「刷新聘用关系」。
            </Text>
          ))}
        </>
      ) : (
        employment.status === 'ready' && (
          <Text className="section__note">
            暂无聘用关系记录。请确认企业已在建筑市场监管公共服务平台与您完成聘用登记，然后点「刷新聘用关系」。
          </Text>
        )
      )}
      {employment.status === 'error' && employment.error && (
        <Text className="notice notice--warn">{employment.error.message}</Text>
      )}
      <Button type="primary" block loading={busy} disabled={busy} onClick={() => void refresh()}>
        刷新聘用关系
      </Button>
    </View>
  )
}
