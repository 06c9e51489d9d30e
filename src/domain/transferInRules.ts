/** R7: a transfer in, checked against the original certificate on the national platform. */
import { HOME_PROVINCE, PROVINCES } from './certificateNumber'
import { daysLeft, isExpired } from './certificateStatus'
import {
  REFRESH,
  RETAKE,
  type EligibilityInput,
  type FixAction,
  type Refuse,
  type SourceCertificate,
} from './eligibilityTypes'
import { registeredInHomeProvince } from './uscc'

function provinceName(short: string): string {
  return PROVINCES[short] ?? short
}

/** R7: the source certificate must be released by its province, not Anhui's own, and still valid. */
export function checkTransferIn(input: EligibilityInput, refuse: Refuse, warn: Refuse): void {
  const { employment, sourceCertificate: source, today, config } = input
  const howToTransferOut: FixAction = { kind: 'guide', topic: 'SOURCE_TRANSFER_OUT' }
  if (!employment) {
    refuse({
      rule: 'R7',
      code: 'EMPLOYMENT_REQUIRED',
      message:
        '跨省转入需由接收证书的安徽省企业与您建立聘用关系，目前未查询到聘用关系。请刷新聘用关系；如仍没有，请联系该企业登记',
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  } else if (!registeredInHomeProvince(employment.employer)) {
    refuse({
      rule: 'R7',
      code: 'EMPLOYER_OUT_OF_PROVINCE',
      message: `跨省转入需由安徽省的企业接收证书，您当前的聘用企业「${employment.employer.name}」不是在安徽省登记的企业。请安徽的接收企业先登记聘用关系，再刷新聘用关系`,
      fix: REFRESH,
      fixLabel: '刷新聘用关系',
    })
  }
  // undefined: not looked up yet (client side); the backend decides.
  if (source === undefined) return
  if (source === null) {
    refuse({
      rule: 'R7',
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      message: '在全国平台未查询到该原证书，请核对原证书编号；如编号无误，请先在原发证省份办理转出',
      fix: howToTransferOut,
      fixLabel: '查看如何办理转出',
    })
    return
  }
  if (source.province === HOME_PROVINCE) {
    // Not a state the holder can wait out: the input itself is wrong, hence VALIDATION_FAILED.
    refuse({
      rule: 'R7',
      code: 'VALIDATION_FAILED',
      message: `证书${source.number}是安徽省颁发的，无需跨省转入；如首页没有这本证书，请点「刷新证书」`,
      fix: howToTransferOut,
      fixLabel: '查看跨省转入说明',
    })
    return
  }
  if (source.nationalStatus === 'CANCELLED') {
    refuse({
      rule: 'R7',
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      message: `原证书${source.number}已注销，不能转入；需在安徽省重新参加考核取得证书`,
      fix: RETAKE,
      fixLabel: '了解重新考核',
    })
    return
  }
  if (source.nationalStatus !== 'TRANSFERRING_OUT') {
    refuse({
      rule: 'R7',
      code: 'SOURCE_NOT_TRANSFERRED_OUT',
      message: `原证书${source.number}在全国平台尚未「办理转出」，请先到${provinceName(source.province)}办理转出，再申请转入`,
      fix: howToTransferOut,
      fixLabel: '查看如何办理转出',
    })
  }
  if (isExpired(source.validUntil, today)) {
    refuse({
      rule: 'R7',
      code: 'TRANSFER_IN_EXPIRED',
      message: `原证书${source.number}有效期至${source.validUntil}，已过期，不能办理跨省转入；需在安徽省重新参加考核取得证书`,
      fix: RETAKE,
      fixLabel: '了解重新考核',
    })
    return
  }
  // Compared only once the source is released: before that, 办理转出 is the thing to do.
  if (source.nationalStatus === 'TRANSFERRING_OUT') compareTypedSource(input, source, refuse)
  const left = daysLeft(source.validUntil, today)
  if (left < config.transferInWarnDays) {
    warn({
      rule: 'R7',
      code: 'TRANSFER_IN_EXPIRING',
      message: `原证书${source.number}有效期至${source.validUntil}，仅剩${left}天。转入后有效期不变，办结后请尽快申请延期复核`,
      fix: { kind: 'apply', type: 'RENEWAL' },
      fixLabel: '转入办结后申请延期复核',
    })
  }
}

const SOURCE_FIELD_LABELS = { category: '类别', validUntil: '有效期至' } as const

/**
 * R7: the 类别 and 有效期至 the holder typed must be the national record's. A difference is
 * explained with the platform's value, never silently replaced by it.
 */
function compareTypedSource(input: EligibilityInput, source: SourceCertificate, refuse: Refuse): void {
  const typed = input.typedSource
  if (!typed) return
  const recorded = { category: source.category, validUntil: source.validUntil }
  for (const field of ['category', 'validUntil'] as const) {
    const value = typed[field]?.trim()
    if (!value || value === recorded[field]) continue
    const shown = field === 'category' ? (v: string) => `${v}类` : (v: string) => v
    const label = SOURCE_FIELD_LABELS[field]
    refuse({
      rule: 'R7',
      code: 'SOURCE_DETAILS_MISMATCH',
      message: `全国平台记录的原证书${label}为${shown(recorded[field])}，与您填写的${shown(value)}不一致。请对照原证书核对后修改「${label}」；如原证书上的${label}与全国平台不同，请先联系原发证省份更正`,
      fix: { kind: 'editField', field },
      fixLabel: `修改${label}`,
      field,
    })
  }
}
