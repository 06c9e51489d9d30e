/** The fields of each application form by name: their UI words, and which ones the holder fills in. */
import type { ApplicationType } from './types'

/** UI names of the form fields, for 退回 notes and summaries (「需修改：有效期至」). */
export const FIELD_LABELS: Record<string, string> = {
  noAccidentPenalty: '无安全生产事故处罚的声明',
  noBadConductRecord: '无不良行为记录的声明',
  sourceNumber: '原证书编号',
  sourceProvince: '原发证省份',
  category: '类别',
  validUntil: '有效期至',
  targetProvince: '转入省份',
  reason: '注销原因',
  employer: '接收企业（聘用关系）',
}

/** The fields a holder fills in for each type; a reviewer can only send back these. */
export const HOLDER_FIELDS: Record<ApplicationType, readonly string[]> = {
  RENEWAL: ['noAccidentPenalty', 'noBadConductRecord'],
  TRANSFER_IN: ['sourceNumber', 'sourceProvince', 'category', 'validUntil', 'employer'],
  TRANSFER_OUT: ['targetProvince'],
  CHANGE_EMPLOYER: ['employer'],
  CANCELLATION: ['reason'],
  INFO_CHANGE: [],
}
