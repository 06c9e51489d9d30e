/** 办事详情: what the holder must do (or wait for) now, in plain words, and the buttons that do it. */
import { APPLICATION_TYPE_LABELS } from './applicationTypes'
import { ACTOR_LABELS, currentStep, STEP_KEYS } from './applicationSteps'
import { fieldsToCorrect } from './sendBack'
import type { Application, ApplicationStep, ApplicationType } from './types'

/** Latest reviewer's note (退回 or 未通过). */
function latestReason(app: Application): string | undefined {
  let found: ApplicationStep | undefined
  for (const s of app.steps) {
    if (s.reason && (!found || (s.at ?? '') >= (found.at ?? ''))) found = s
  }
  return found?.reason
}

/**
 * What the holder can do about an application in the app, each shown as a button on 办事详情:
 * correct and resubmit, withdraw, open the study link, look at the certificate, open the
 * 跨省变更批准证明, or file the request again.
 */
export type NextActionKind =
  'resubmit' | 'withdraw' | 'study' | 'viewCertificate' | 'approvalCertificate' | 'applyAgain'

export interface NextAction {
  text: string
  /** Every action the text offers has its button; a text without actions names who acts or where to go. */
  actions: NextActionKind[]
}

const COMPLETED: Record<ApplicationType, NextAction> = {
  RENEWAL: { text: '已办结，证书有效期已延长3年，可在证书详情查看', actions: ['viewCertificate'] },
  TRANSFER_IN: { text: '已办结，证书已转入安徽，可在证书详情查看', actions: ['viewCertificate'] },
  TRANSFER_OUT: {
    text:
      '已办结。接下来：原聘用企业登录安管人员考核管理系统，下载并打印「跨省变更批准证明」；证明须到市级主管部门盖章；' +
      '您再持盖章的证明到转入省份办理转入。可点下方按钮查看批准证明。',
    actions: ['approvalCertificate'],
  },
  CHANGE_EMPLOYER: { text: '已办结，证书上的聘用企业已变更，可在证书详情查看', actions: ['viewCertificate'] },
  CANCELLATION: { text: '已办结，证书已注销，可在证书详情查看', actions: ['viewCertificate'] },
  INFO_CHANGE: {
    text: '已办结，证书信息已更新，变更内容见证书详情的「变更记录」',
    actions: ['viewCertificate'],
  },
}

/** Waiting texts per step key; other steps fall back to "等待<actor><label>". */
const WAITING_TEXT: Record<string, string> = {
  employerSubmit: '等待聘用企业提交',
  employerConsent: '等待证书上的企业同意',
  [STEP_KEYS.oldEmployerConfirm]:
    '等待原聘用企业确认。如原企业不配合或已注销，可请新聘用企业申请强制调动，由市级主管部门审批',
  [STEP_KEYS.forcedTransferApproval]: '已转为强制调动，等待市级主管部门审批强制调动',
  cityReview: '等待市级主管部门审核',
  cityApproval: '等待市级主管部门审批',
  provinceReview: '等待省级主管部门审核学时',
}

/** What the holder must do (or wait for) now, in plain words, and the buttons that do it. */
export function nextAction(app: Application): NextAction {
  const holderType = app.type !== 'INFO_CHANGE'
  switch (app.status) {
    case 'COMPLETED':
      return COMPLETED[app.type]
    case 'WITHDRAWN':
      return { text: '已撤回。如仍需办理，可重新申报', actions: holderType ? ['applyAgain'] : [] }
    case 'REFUSED': {
      const reason = latestReason(app)
      const why = `未通过${reason ? `：${reason}` : ''}。`
      return holderType
        ? { text: `${why}如仍需办理，请按原因准备后重新申报，或咨询聘用企业`, actions: ['applyAgain'] }
        : { text: `${why}如有疑问，请咨询聘用企业`, actions: [] }
    }
    case 'SENT_BACK': {
      const reason = latestReason(app) ?? '未注明原因'
      if (!holderType) return { text: `申请被退回：${reason}。请等待聘用企业修改后重新提交`, actions: [] }
      const fields = fieldsToCorrect(app).map((f) => f.label)
      const which = fields.length ? `（需修改：${fields.join('、')}）` : ''
      return {
        text: `申请被退回：${reason}${which}。请点「修改后重新提交」改正后再提交，或撤回申请`,
        actions: ['resubmit', 'withdraw'],
      }
    }
    case 'IN_PROGRESS':
      break
  }
  const step = currentStep(app)
  const wait = (text: string): NextAction => ({ text, actions: [] })
  if (!step) return wait(`${APPLICATION_TYPE_LABELS[app.type]}办理中，请稍后刷新查看进度`)
  if (step.key === STEP_KEYS.study) {
    if (!app.study?.url) return wait('等待市级主管部门发布学习链接，发布后可在此打开学习')
    if (app.study.hoursDone < app.study.hoursRequired) {
      return {
        text: `请打开学习链接完成学时（已完成${app.study.hoursDone}学时，需${app.study.hoursRequired}学时）`,
        actions: ['study'],
      }
    }
    return wait('学时已完成，等待省级主管部门审核学时')
  }
  if (app.type === 'TRANSFER_IN' && step.key === 'employerSubmit') {
    return wait('等待接收企业提交变更申请并上传材料')
  }
  if (app.type === 'TRANSFER_OUT' && step.key === 'employerSubmit') {
    const name = app.filingEmployer ? `「${app.filingEmployer.name}」` : ''
    return wait(`等待原聘用企业${name}上传解聘证明、新单位劳动合同等材料并提交`)
  }
  if (app.type === 'CANCELLATION' && step.key === 'employerConsent') {
    const name = app.filingEmployer ? `「${app.filingEmployer.name}」` : ''
    return wait(`等待证书上的企业${name}同意注销。企业不配合或已注销时，可线下申请强制注销`)
  }
  if (app.type === 'CHANGE_EMPLOYER' && step.key === 'employerSubmit') {
    return wait('等待接收企业（新聘用企业）提交')
  }
  if (step.actor === 'HOLDER') return wait(`请完成「${step.label}」`)
  return wait(WAITING_TEXT[step.key] ?? `等待${ACTOR_LABELS[step.actor]}办理「${step.label}」`)
}

export function nextActionText(app: Application): string {
  return nextAction(app).text
}

/** The study link is offered only while the study step is open. */
export function isStudying(app: Application): boolean {
  return app.type === 'RENEWAL' && app.status === 'IN_PROGRESS' && currentStep(app)?.key === STEP_KEYS.study
}
