import Taro from '@tarojs/taro'
import type { FixAction } from '../domain/eligibility'
import { go } from '../services/navigation'
import { useEmployment } from '../data/employment/store'
import { fixDestination } from './destinations'

/** A reason as the rules (client or backend) give it: message plus the one thing that helps. */
export interface ReasonView {
  rule: string
  code: string
  message: string
  fix: FixAction
  fixLabel: string
}

/**
 * Carries out a reason's fix: opens 实名认证, 证件照, the open application, another form or a
 * guide page (its place in the destinations table), or refreshes 聘用关系 in place. `waitUntil` has
 * nothing to do but wait.
 */
export async function runFix(fix: FixAction): Promise<void> {
  const destination = fixDestination(fix)
  if (destination) return go(destination.url)
  switch (fix.kind) {
    case 'refreshEmployment': {
      await useEmployment.getState().refresh()
      const { status, error, data } = useEmployment.getState().employment
      const title =
        status === 'error'
          ? (error?.message ?? '刷新失败，请稍后重试')
          : data
            ? `聘用企业：${data.employer.name}`
            : '未查询到聘用关系，请联系企业登记'
      await Taro.showToast({ title, icon: 'none', duration: 2500 })
      return
    }
    case 'editField':
      // The field is on the form above: bring it into view.
      await Taro.pageScrollTo({ selector: `#field-${fix.field}`, duration: 200 }).catch(() => undefined)
      return
    case 'waitUntil':
      return
  }
}
