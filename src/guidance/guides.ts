/**
 * Guidance for the paths a holder cannot finish in the app (R5-R10): what to do, who does it, and
 * what to prepare. Written from Anhui's service guide for 安管人员 certificates.
 */
import type { GuideTopic } from '../domain/eligibility'
import { DESTINATIONS, type Destination } from './destinations'

export const GUIDE_TOPICS: readonly GuideTopic[] = [
  'FORCED_TRANSFER',
  'FORCED_CANCELLATION',
  'RETAKE_EXAM',
  'CONSTRUCTOR_CHANGE',
  'SOURCE_TRANSFER_OUT',
  'EMPLOYER_INFO_CHANGE',
  'CONTINUING_EDUCATION',
]

export function isGuideTopic(value: unknown): value is GuideTopic {
  return typeof value === 'string' && (GUIDE_TOPICS as readonly string[]).includes(value)
}

export interface GuideSection {
  title: string
  /** Shown numbered when `ordered`, as bullet points otherwise. */
  items: string[]
  ordered?: boolean
}

export interface Guide {
  title: string
  summary: string
  sections: GuideSection[]
  /** Addresses to copy (they are not opened inside the app). */
  addresses?: { label: string; url: string }[]
  /** In-app next steps: places of the destinations table. */
  actions?: Destination[]
}

const ENTERPRISE_SYSTEM = '“安徽省建筑施工企业‘安管人员’和特种作业人员培训考核管理系统”'
const MARKET_PLATFORM = '安徽省建筑市场监管公共服务平台'
const ENTERPRISE_SYSTEM_ADDRESS = {
  label: '企业办理系统（请企业经办人在电脑上打开，选择【企业登录】）',
  url: 'https://www.ahjsjg.cn:20443/',
}

/** Every button names a place of the destinations table. */
const to = DESTINATIONS

export const GUIDES: Record<GuideTopic, Guide> = {
  FORCED_TRANSFER: {
    title: '原企业不配合或已注销：强制调动',
    summary:
      '证书变更需要原聘用企业在系统中确认。原企业不配合确认，或原企业已经注销时，可以由新聘用企业申请强制调动，由市级主管部门审批。强制调动由企业办理，个人不能在小程序中完成。',
    sections: [
      {
        title: '办理步骤',
        ordered: true,
        items: [
          '先在小程序提交「证书变更」登记；已经提交的，可在「办事」中查看进度。',
          `新聘用企业（证书接收企业）登录${ENTERPRISE_SYSTEM}，在【证书变更】中上传材料，并补充填写强制调动申请表。`,
          '市级主管部门审批强制调动；审批通过后，证书上的聘用企业变更为新企业，首页证书随之更新。',
          '转为强制调动后，「办事」的办理进度显示「接收企业申请强制调动」和「市级主管部门审批强制调动」，不会显示原企业已确认。',
        ],
      },
      {
        title: '请准备（原件扫描件，由新企业上传）',
        items: [
          '原企业解聘证明；原企业已注销或不出具的，可用写明已解除劳动合同关系的劳动仲裁书、法院判决书',
          '新企业的劳动聘用合同',
          '新企业的社保缴纳证明',
          'B类证书：新企业的一级或二级建造师注册证书',
          '强制调动申请表',
          '主管部门要求的其他材料',
        ],
      },
    ],
    addresses: [ENTERPRISE_SYSTEM_ADDRESS],
    actions: [to.applyChangeEmployer, to.work],
  },

  FORCED_CANCELLATION: {
    title: '企业不配合或已注销：线下强制注销',
    summary:
      '证书注销由证书上的企业（原聘用企业）同意后报市级主管部门审批，您已离职也可以在小程序申请。企业不配合，或原企业已经注销时，可以由本人提供材料，申请线下办理强制注销。',
    sections: [
      {
        title: '请准备',
        items: [
          '本人身份证扫描件（正反面）',
          '解聘证明；或写明您已与原单位解除劳动合同关系的劳动仲裁书、法院判决书',
        ],
      },
      {
        title: '办理方式',
        ordered: true,
        items: [
          '先电话咨询原聘用企业所在地的市级建设主管部门（号码见「常见问题」-「咨询电话」），确认受理地点、时间和材料份数。',
          '按要求提交上述材料，申请线下办理强制注销。',
          '办结后证书状态变为「已注销」，可在首页点「刷新证书」查看。',
        ],
      },
      {
        title: '提示',
        items: ['证书注销后不能恢复。如以后还要担任安管人员，需要重新参加考核取得证书。'],
      },
    ],
    actions: [to.home],
  },

  RETAKE_EXAM: {
    title: '证书已过期或不能再办理：重新考核取证',
    summary:
      '已过期、已注销的证书只能查看，不能办理延期复核、转入、转出、变更或注销。如需继续担任安管人员，需要重新参加安全生产考核，取得新证书。',
    sections: [
      {
        title: '怎么办',
        ordered: true,
        items: [
          '联系聘用企业，由企业为您报名参加“安管人员”安全生产考核（首次考核）。',
          '按通知参加培训和考试；考核合格后取得新证书。',
          '取得新证书后，在首页点「刷新证书」即可看到。',
        ],
      },
      {
        title: '证书被暂扣或已转出时',
        items: [
          '暂扣期间只能查看；请联系聘用企业或发证机关了解恢复办法。',
          '已转出安徽省的证书，请到转入省份办理相关业务。',
        ],
      },
      {
        title: '避免以后再过期',
        items: ['证书到期前3个月内即可在小程序申请延期复核；从可以申请的那天起，首页会提示「即将到期」。'],
      },
    ],
    actions: [to.home],
  },

  CONSTRUCTOR_CHANGE: {
    title: 'B类证书：先办理建造师执业企业变更',
    summary:
      'B类（项目负责人）证书办理延期复核时，需要您的建造师注册在证书上的企业；办理证书变更时，需要建造师注册已在新企业。建造师注册不在对应企业时，请先办理建造师注册证书执业企业变更。',
    sections: [
      {
        title: '办理步骤',
        ordered: true,
        items: [
          '一级建造师：通过中国建造师网办理注册证书执业企业变更。',
          '二级建造师：通过安徽省二级建造师注册管理系统办理执业企业变更。',
          '建造师变更办结后，回到小程序重新打开本业务；系统会重新查询您的建造师注册信息。',
        ],
      },
      {
        title: '提示',
        items: [
          '建造师注册信息中的身份证号须与安管人员证书一致；登记的是老15位号码或号码有误的，请先办理建造师个人信息变更（一级在中国建造师网，二级在省政务服务网）。',
          '是安管B证记录的身份证号有误的，请聘用企业先申请安管B证个人信息变更。',
          '建造师注册已被注销或过期失效的，请先申请重新注册。',
          '临时建造师证书已取消失效，不能用于办理；需取得一级或二级建造师注册。',
          '建造师年龄超过65周岁的，注册证书失效，不能再用于办理B类证书业务；出生日期记录有误的，请向注册机关申请更正。',
          '证书变更时，新企业还需在企业办理系统中上传新企业的建造师注册证书。',
        ],
      },
    ],
  },

  SOURCE_TRANSFER_OUT: {
    title: '跨省转入：先在原发证省份办理转出',
    summary:
      '跨省转入要求原证书在“全国工程质量安全监管信息平台公共服务门户”中显示为「办理转出」状态，并且安徽的接收企业已与您建立聘用关系。安徽省颁发的证书不需要转入，请在首页点「刷新证书」。',
    sections: [
      {
        title: '办理步骤',
        ordered: true,
        items: [
          '联系原发证省份的聘用企业或主管部门，按该省规定办理证书转出。',
          '在“全国工程质量安全监管信息平台公共服务门户”的安全生产管理人员考核合格证书信息栏目查询，确认原证书为「办理转出」状态。',
          `安徽的接收企业（须在安徽省登记）在${MARKET_PLATFORM}与您完成聘用关系登记。`,
          '在小程序【我的】-【聘用关系】点「刷新聘用关系」，确认聘用企业就是接收企业。',
          '回到小程序提交「跨省转入」登记；之后由接收企业上传材料，市级主管部门审批。',
        ],
      },
      {
        title: '接收企业需上传（原件扫描件）',
        items: [
          '安管人员考核合格证书',
          '原单位解聘证明',
          '现单位劳动聘用合同',
          '原省份出具的跨省变更批准证明',
          '主管部门要求的其他材料',
        ],
      },
      {
        title: '提示',
        items: [
          '登记时填写的类别和有效期至须与全国平台的记录一致，小程序提交前会核对并告诉您平台上的值。',
          '转入后证书有效期不变；原证书已过期的不能转入，需要在安徽重新参加考核。',
        ],
      },
    ],
    addresses: [ENTERPRISE_SYSTEM_ADDRESS],
    actions: [to.employmentView],
  },

  EMPLOYER_INFO_CHANGE: {
    title: '信息变更由聘用企业发起',
    summary:
      '证书照片变更、职务变更、证书上企业名称变更（统一社会信用代码不变）由聘用企业发起，个人不能在小程序中申请。企业发起后，您可以在「办事」中查看进度。',
    sections: [
      {
        title: '您需要提前完成',
        ordered: true,
        items: ['在小程序完成实名认证。', '上传蓝底证件照（企业办理照片变更时使用）。'],
      },
      {
        title: '企业办理方式',
        items: [
          `企业登录${ENTERPRISE_SYSTEM}，在【证书管理】-【证书列表】中选择人员，点「申请信息变更」，按页面要求上传材料后提交。`,
          '市级主管部门审批通过后，信息变更完成：证书上显示新的职务、企业名称（统一社会信用代码不变）或照片，证书详情中有「变更记录」。',
          '证书上的聘用企业信息有误时，也请先由企业办理信息变更，再办理其他业务。',
        ],
      },
    ],
    addresses: [ENTERPRISE_SYSTEM_ADDRESS],
    actions: [to.realname, to.photo],
  },

  CONTINUING_EDUCATION: {
    title: '成绩不存在或已过期：参加继续教育并考核',
    summary:
      '延期复核要用到您在有效期内的合格成绩。首次考核成绩保留2年，继续教育成绩保留3年，超过期限的成绩作废；成绩不合格或已作废时，需要先参加继续教育并考核合格。',
    sections: [
      {
        title: '怎么办',
        ordered: true,
        items: [
          '联系聘用企业或培训机构，报名参加安管人员继续教育，并参加考核。',
          '考核合格后，成绩由培训机构同步到省平台，一般需要几个工作日。',
          '在证书详情的「学习与成绩」中看到新的合格成绩后，再申请延期复核。',
        ],
      },
      {
        title: '提示',
        items: [
          '证书过了有效期截止日就不能延期复核，请尽早安排继续教育。',
          '已经考核合格却查不到成绩的，可能是考试或培训机构登记的身份证号有误，请向该机构核实并由其报送更正。',
          '学时以省级主管部门审核为准；对学时或成绩有疑问，请联系培训机构或聘用企业。',
        ],
      },
    ],
    actions: [to.home],
  },
}
