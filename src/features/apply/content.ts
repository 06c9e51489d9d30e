/** What each form says and shows in its summary; the words the province's platform uses. */
import { ACTOR_LABELS, STEP_TEMPLATES } from '../../domain/applicationSteps'
import { RENEWAL_EXTENSION_YEARS } from '../../domain/completion'
import { CATEGORY_LABELS } from '../../domain/categories'
import { PROVINCES } from '../../domain/certificateNumber'
import { addYears } from '../../domain/dates'
import type { CertificateCategory, HolderApplicationType } from '../../domain/types'
import type { Certificate } from '../../data/certificates/api'
import type { Employment } from '../../data/employment/api'

export { TYPE_SUMMARIES } from './summaries'

/** One line on the home page, one paragraph at the top of the form. */
export const TYPE_INTROS: Record<HolderApplicationType, string> = {
  RENEWAL:
    '证书有效期截止日前3个月内可以申请，过期后不能再延期。提交后由聘用企业提交、市级主管部门审核；之后请在「办事」中打开学习链接完成学时，省级主管部门审核学时后办结，有效期延长3年。',
  TRANSFER_IN:
    '把外省颁发的安管人员证书转入安徽。原证书须已在原发证省份「办理转出」，并且安徽的接收企业已与您建立聘用关系。提交后由接收企业上传材料、市级主管部门审批，办结后证书出现在首页，有效期不变。',
  TRANSFER_OUT:
    '把证书转到外省。由证书上的企业（原聘用企业）办理，您已离职也可以申请，不需要先办理证书变更。提交后由原聘用企业上传原企业解聘证明、现单位劳动聘用合同等材料，市级主管部门审批；办结后原聘用企业下载打印「跨省变更批准证明」，到市级主管部门盖章，您再持证明到转入省份办理。',
  CHANGE_EMPLOYER:
    '换到安徽省内的新单位后，把证书上的聘用企业变更为新企业（到外省工作请办理跨省转出）。请先与原企业解聘，并由新企业在建筑市场监管公共服务平台登记聘用关系。提交后由新企业上传材料、原企业确认（原企业不配合或已注销的，由新企业申请强制调动）、市级主管部门审批。',
  CANCELLATION:
    '不再从事安全生产管理工作时注销证书。由证书上的企业办理，您已离职也可以申请。提交后由该企业同意、市级主管部门审批，办结后证书注销，不能恢复。',
}

/** RENEWAL: the two statements the holder confirms (wording matches the domain's messages). */
export const DECLARATIONS = [
  { name: 'noAccidentPenalty', text: '本人承诺：证书有效期内未因生产安全事故受到行政处罚' },
  { name: 'noBadConductRecord', text: '本人承诺：无不良行为记录' },
] as const

export interface Option {
  value: string
  label: string
}

/** Provinces other than Anhui, by full name; the short name is what is sent. */
export function provinceOptions(exclude: string): Option[] {
  return Object.entries(PROVINCES)
    .filter(([short]) => short !== exclude)
    .map(([short, full]) => ({ value: short, label: full }))
}

export const CATEGORY_OPTIONS: Option[] = (Object.keys(CATEGORY_LABELS) as CertificateCategory[]).map(
  (c) => ({
    value: c,
    label: CATEGORY_LABELS[c],
  }),
)

export function provinceLabel(short: unknown): string {
  return typeof short === 'string' ? (PROVINCES[short] ?? short) : ''
}

/** Who acts after the holder, in order: 聘用企业提交（聘用企业） → 市级审核（市级主管部门） … */
export function nextStepsText(type: HolderApplicationType): string {
  return STEP_TEMPLATES[type]
    .slice(1)
    .map((s) => `${s.label}（${ACTOR_LABELS[s.actor]}）`)
    .join(' → ')
}

interface SummaryInput {
  type: HolderApplicationType
  /** Normalised values, as they will be sent. */
  fields: Record<string, unknown>
  certificate?: Certificate
  employment: Employment | null
}

/** The rows of the 核对信息 step. */
export function summaryRows({ type, fields, certificate, employment }: SummaryInput): [string, string][] {
  const rows: [string, string][] = []
  if (certificate) {
    rows.push(['证书编号', certificate.number])
    rows.push(['类别', CATEGORY_LABELS[certificate.category]])
    rows.push(['证书上的聘用企业', certificate.employer.name])
    rows.push(['有效期至', certificate.validUntil])
  }
  switch (type) {
    case 'RENEWAL':
      if (certificate)
        rows.push(['办结后有效期至', addYears(certificate.validUntil, RENEWAL_EXTENSION_YEARS)])
      rows.push(['声明', DECLARATIONS.map((d) => d.text.replace('本人承诺：', '')).join('；')])
      break
    case 'TRANSFER_IN':
      rows.push(['原证书编号', String(fields.sourceNumber ?? '')])
      rows.push(['原发证省份', provinceLabel(fields.sourceProvince)])
      rows.push([
        '类别',
        CATEGORY_LABELS[fields.category as CertificateCategory] ?? String(fields.category ?? ''),
      ])
      rows.push(['有效期至', String(fields.validUntil ?? '')])
      rows.push(['接收企业', employment?.employer.name ?? '未查询到聘用关系'])
      break
    case 'TRANSFER_OUT':
      rows.push(['转入省份', provinceLabel(fields.targetProvince)])
      break
    case 'CHANGE_EMPLOYER':
      rows.push(['新聘用企业', employment?.employer.name ?? '未查询到聘用关系'])
      break
    case 'CANCELLATION':
      rows.push(['注销原因', String(fields.reason ?? '')])
      break
  }
  rows.push(['提交后的办理流程', nextStepsText(type)])
  return rows
}
