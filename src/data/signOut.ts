/**
 * 退出登录: the session ends and everything that belongs to the holder is forgotten, from one
 * list. The list names every holder store itself (importing them), so nothing depends on which
 * screens happen to have been opened: a draft typed weeks ago, a half uploaded photo and the lists
 * of the tab pages are all forgotten at the same moment.
 */
import { useApplications } from './applications/store'
import { useApplyDrafts } from './apply/drafts'
import { useCertificates } from './certificates/store'
import { useEmployment } from './employment/store'
import { useRealNameDraft } from './identity/store'
import { usePhoto } from './photo/store'
import { useProfile } from './profile/store'
import { useReminders } from './reminders/store'
import { useSession } from './session/store'

/** What each holder-owned store forgets; the display settings and the privacy answer are the phone's. */
export const HOLDER_DATA: ReadonlyArray<{ name: string; forget(): void }> = [
  { name: '个人信息', forget: () => useProfile.getState().reset() },
  { name: '证书', forget: () => useCertificates.getState().reset() },
  { name: '聘用关系', forget: () => useEmployment.getState().reset() },
  { name: '办事记录', forget: () => useApplications.getState().reset() },
  { name: '到期提醒', forget: () => useReminders.getState().reset() },
  { name: '实名认证填写内容', forget: () => useRealNameDraft.getState().clear() },
  { name: '证件照', forget: () => usePhoto.getState().reset() },
  { name: '申请草稿', forget: () => useApplyDrafts.getState().clearAll() },
]

export function signOut(): void {
  useSession.getState().signOut()
  for (const item of HOLDER_DATA) item.forget()
}
