import type { CertificateCategory } from './types'

/** 安管人员 categories as the holder knows them. */
export const CATEGORY_LABELS: Record<CertificateCategory, string> = {
  A: 'A类 企业主要负责人',
  B: 'B类 项目负责人',
  C1: 'C1类 专职安全生产管理人员（机械类）',
  C2: 'C2类 专职安全生产管理人员（土建类）',
  C3: 'C3类 专职安全生产管理人员（综合类）',
}
