/**
 * 跨省变更批准证明: the approval of a finished 跨省转出. The original enterprise downloads and
 * prints it, the city authority stamps it, and the holder takes it to the receiving province
 * (seed 000, 证书转外省流程 4). Only the masked ID number appears in it.
 */
import { maskIdNumber, PROVINCES } from '../../src/domain'
import { CATEGORY_LABELS } from '../../src/domain/categories'
import type { ApplicationRecord, Store } from '../store'
import { renderPdf } from './pdf'

/** The day an instant falls on in China Standard Time. */
function dayOf(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10)
}

export function approvalCertificatePdf(app: ApplicationRecord, store: Store): Promise<Buffer> {
  const certificate = app.certificateId ? store.certificate(app.certificateId) : undefined
  const person = store.person(app.idNumber)
  const target = String((app.fields as { targetProvince?: string }).targetProvince ?? '')
  const approvedOn = dayOf(app.updatedAt)
  const enterprise = app.filingEmployer ?? certificate?.employer
  return renderPdf('跨省变更批准证明', (w) => {
    w.text('安徽省建筑施工企业安管人员', { size: 14, align: 'center', gap: 2 })
    w.text('跨省变更批准证明', { size: 22, align: 'center', gap: 8 })
    w.text(`编号：皖安管转出〔${approvedOn.slice(0, 4)}〕${app.id}`, { size: 10, align: 'right', gap: 10 })
    w.rule()
    w.field('姓名', person?.name ?? '')
    w.field('身份证号', maskIdNumber(app.idNumber))
    w.field('证书类别', CATEGORY_LABELS[app.category])
    w.field('证书编号', app.certificateNumber)
    if (certificate) w.field('有效期至', certificate.validUntil)
    if (enterprise) w.field('原聘用企业', `${enterprise.name}（${enterprise.uscc}）`)
    w.field('转入省份', PROVINCES[target] ?? target)
    w.rule()
    w.text(
      `经审核，同意上述人员的安全生产管理人员考核合格证书转出安徽省，转入${PROVINCES[target] ?? target}。` +
        '该证书在安徽省的登记状态为「已转出」，不再在安徽省办理证书业务。',
      { size: 12, gap: 10 },
    )
    w.field('审批环节', '市级主管部门审批（已办结）')
    w.field('批准日期', approvedOn)
    w.space()
    w.text('使用说明：', { size: 11, gap: 2 })
    w.text('1. 由原聘用企业在安管人员考核管理系统下载并打印本证明；', { size: 11, gap: 2 })
    w.text('2. 打印件须到市级主管部门加盖公章后有效；', { size: 11, gap: 2 })
    w.text('3. 持证人持盖章后的证明到转入省份办理证书转入手续。', { size: 11, gap: 2 })
  })
}
