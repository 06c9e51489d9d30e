import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { DocumentButton } from '../../../components/DocumentButton'
import { Button } from '../../../components/ui'
import {
  canWithdraw,
  checkStudyLink,
  infoChangeItems,
  infoChangeRequestOf,
  isHolderApplicationType,
  isStudying,
  STUDY_LINK_COPY_TIP,
  type NextActionKind,
} from '../../../domain'
import { ROUTES, TAB_ROUTES } from '../../../routes'
import { toApiError } from '../../../services/errors'
import { go } from '../../../services/navigation'
import { useProfile } from '../../../data/profile/store'
import {
  downloadApprovalCertificate,
  withdrawApplication,
  type Application,
} from '../../../data/applications/api'
import { useApplications } from '../../../data/applications/store'

/**
 * 学习链接 and hours while the renewal is at its study step (only then: a finished renewal offers no
 * link): opened in the app when allowed, else copied.
 */
export function StudySection({ application }: { application: Application }) {
  const hosts = useProfile((s) => s.config.data?.studyLinkHosts)
  useEffect(() => {
    void useProfile.getState().loadConfig()
  }, [])
  const study = application.study
  if (!isStudying(application) || !study) return null
  const verdict = checkStudyLink(study.url, hosts ?? [])
  const done = Math.min(study.hoursDone, study.hoursRequired)
  const percent = study.hoursRequired > 0 ? Math.round((done / study.hoursRequired) * 100) : 100
  const copy = async () => {
    await Taro.setClipboardData({ data: study.url })
    await Taro.showToast({ title: '链接已复制', icon: 'success' })
  }
  return (
    <View className="section" data-testid="study">
      <Text className="section__title">继续教育学习</Text>
      <View className="section__row">
        <Text className="section__label">学时</Text>
        <Text className="section__value" data-testid="study-hours">
          已完成 {study.hoursDone} / 需 {study.hoursRequired} 学时
        </Text>
      </View>
      <View className="study__bar" aria-hidden>
        <View className="study__bar-fill" style={{ width: `${percent}%` }} />
      </View>
      {verdict.open ? (
        <Button type="primary" block onClick={() => void go(ROUTES.webview(verdict.url))}>
          打开学习链接
        </Button>
      ) : (
        <View data-testid="study-copy">
          <Text className="notice notice--warn">{verdict.reason}</Text>
          <Text className="section__note">{STUDY_LINK_COPY_TIP}</Text>
          <Text className="study__url">{study.url}</Text>
          <Button block onClick={() => void copy()}>
            复制链接
          </Button>
        </View>
      )}
    </View>
  )
}

/** 跨省变更批准证明: downloaded with progress, then opened (WeChat's viewer, or the browser's download). */
function ApprovalCertificate({ application }: { application: Application }) {
  return (
    <DocumentButton
      testId="approval-certificate"
      label="查看跨省变更批准证明"
      busyLabel="正在下载批准证明"
      fileName={`跨省变更批准证明-${application.certificateNumber}.pdf`}
      download={(onProgress) => downloadApprovalCertificate(application.id, onProgress)}
    />
  )
}

/** The buttons for what the next-step text offers: 修改后重新提交, 查看证书, 批准证明, 重新申报, 撤回. */
export function NextActions({
  application: a,
  actions,
  onChanged,
}: {
  application: Application
  actions: NextActionKind[]
  onChanged(): void
}) {
  const type = isHolderApplicationType(a.type) ? a.type : null
  const has = (kind: NextActionKind) => actions.includes(kind)
  const buttons = [
    has('resubmit') && type && (
      <Button key="resubmit" type="primary" block onClick={() => void go(ROUTES.resubmit(type, a.id))}>
        修改后重新提交
      </Button>
    ),
    has('approvalCertificate') && <ApprovalCertificate key="approval" application={a} />,
    has('viewCertificate') && (
      <Button
        key="certificate"
        block
        onClick={() => void go(a.certificateId ? ROUTES.certificateDetail(a.certificateId) : TAB_ROUTES.home)}
      >
        {a.certificateId ? '查看证书' : '回到首页查看证书'}
      </Button>
    ),
    has('applyAgain') && type && (
      <Button key="again" block onClick={() => void go(ROUTES.apply(type, a.certificateId))}>
        重新申报
      </Button>
    ),
  ].filter(Boolean)
  return (
    <>
      {buttons.length > 0 && (
        <View className="section application-actions" data-testid="next-actions">
          {buttons}
        </View>
      )}
      <WithdrawAction application={a} onChanged={onChanged} />
    </>
  )
}

/** 撤回 while the enterprise has not acted, after a confirmation. */
export function WithdrawAction({ application, onChanged }: { application: Application; onChanged(): void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!canWithdraw(application)) return null
  const run = async () => {
    if (busy) return
    const { confirm } = await Taro.showModal({
      title: '确认撤回？',
      content: '撤回后这条申请将结束，如仍需办理需要重新申报。',
      confirmText: '确认撤回',
      cancelText: '不撤回',
    })
    if (!confirm) return
    setBusy(true)
    setError(null)
    try {
      await withdrawApplication(application.id)
      await Taro.showToast({ title: '已撤回', icon: 'success' })
      void useApplications.getState().reload()
      onChanged()
    } catch (err) {
      const e = toApiError(err)
      setError(e.retryable ? `${e.message}。可再点「撤回申请」重试，不会重复撤回。` : e.message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="section">
      {error && (
        <View className="notice notice--warn" role="alert" data-testid="withdraw-error">
          <Text>{error}</Text>
        </View>
      )}
      <Button block loading={busy} disabled={busy} onClick={() => void run()}>
        撤回申请
      </Button>
    </View>
  )
}

/** 信息变更 is the enterprise's: shown read-only with what it needs from the holder (R10). */
export function InfoChangeNote({ application }: { application: Application }) {
  if (application.type !== 'INFO_CHANGE') return null
  const items = infoChangeItems(infoChangeRequestOf(application))
  return (
    <View className="section" data-testid="info-change-note">
      <Text className="section__title">信息变更由聘用企业发起</Text>
      {items.length > 0 && <Text className="section__value">变更内容：{items.join('、')}</Text>}
      <Text className="section__note">
        您无需操作，只能查看进度。企业发起前，需要您已完成实名认证并上传蓝底证件照；如需撤回或修改，请联系聘用企业。
      </Text>
      <View className="application-actions__links">
        <Button size="small" onClick={() => void go(ROUTES.realname)}>
          查看实名认证
        </Button>
        <Button size="small" onClick={() => void go(ROUTES.photo)}>
          查看证件照
        </Button>
      </View>
    </View>
  )
}
