/** One line per business for 首页's 办理业务 list (kept apart so the main package stays small). */
import type { HolderApplicationType } from '../../domain/types'

export const TYPE_SUMMARIES: Record<HolderApplicationType, string> = {
  RENEWAL: '证书到期前3个月内申请延期',
  TRANSFER_IN: '外省证书转入安徽',
  TRANSFER_OUT: '证书转到外省，已离职也可办',
  CHANGE_EMPLOYER: '省内更换聘用企业',
  CANCELLATION: '不再任职注销证书，已离职也可办',
}
