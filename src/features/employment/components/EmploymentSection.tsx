import { View, Text } from '@tarojs/components'
import { useShallow } from 'zustand/react/shallow'
import { Button } from '../../../components/ui'
import { formatInstant } from '../../applications/status'
import { useEmployment } from '../store'

/** 我的 → 聘用关系: the employer on record, when it was last refreshed, and 「刷新聘用关系」. */
export function EmploymentSection() {
  const { employment, refresh } = useEmployment(useShallow((s) => ({ employment: s.employment, refresh: s.refresh })))
  const e = employment.data
  const busy = employment.status === 'loading'
  return (
    <View className='section' id='employment' data-testid='employment-section'>
      <Text className='section__title'>聘用关系</Text>
      {e ? (
        <>
          <View className='section__row'>
            <Text className='section__label'>聘用企业</Text>
            <Text className='section__value'>{e.employer.name}</Text>
          </View>
          <View className='section__row'>
            <Text className='section__label'>统一社会信用代码</Text>
            <Text className='section__value'>{e.employer.uscc}</Text>
          </View>
          <View className='section__row'>
            <Text className='section__label'>聘用起始</Text>
            <Text className='section__value'>{e.since}</Text>
          </View>
          <Text className='section__note'>刷新时间：{formatInstant(e.refreshedAt)}</Text>
        </>
      ) : (
        employment.status === 'ready' && (
          <Text className='section__note'>
            暂无聘用关系记录。请确认企业已在建筑市场监管公共服务平台与您完成聘用登记，然后点「刷新聘用关系」。
          </Text>
        )
      )}
      {employment.status === 'error' && employment.error && (
        <Text className='notice notice--warn' role='alert'>
          {employment.error.message}
        </Text>
      )}
      <Button type='primary' block loading={busy} disabled={busy} onClick={() => void refresh()}>
        刷新聘用关系
      </Button>
    </View>
  )
}
