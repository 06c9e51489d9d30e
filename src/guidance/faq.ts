/**
 * 常见问题: the questions a certificate holder asks, answered for Anhui's process, each ending with
 * the place in the app that fixes it. Pure data and search, so the page stays thin and tests can
 * read every entry.
 */
import { PHOTO_PROBLEMS, type PhotoProblemCode } from '../domain/photo'
import { ROUTES, TAB_ROUTES } from '../routes'

export const FAQ_GROUPS = [
  { id: 'start', title: '实名认证与登录' },
  { id: 'photo', title: '蓝底证件照' },
  { id: 'rules', title: '办理须知' },
  { id: 'renewal', title: '延期复核' },
  { id: 'change', title: '证书变更、转入与转出' },
  { id: 'cancel', title: '证书注销' },
  { id: 'certificate', title: '证书查询与信息变更' },
  { id: 'app', title: '使用小程序' },
] as const

export type FaqGroupId = (typeof FAQ_GROUPS)[number]['id']

export const FAQ_IDS = [
  'realname-why',
  'realname-failed',
  'realname-bound',
  'realname-privacy',
  'signin-expired',
  'photo-requirements',
  'photo-rejected',
  'photo-why',
  'photo-upload',
  'one-at-a-time',
  'employer-mismatch',
  'left-employer',
  'no-employment',
  'same-employer',
  'progress',
  'withdraw',
  'sent-back',
  'form-errors',
  'duplicate-submit',
  'renewal-window',
  'renewal-study',
  'renewal-declarations',
  'result-expired',
  'expired',
  'certificate-inactive',
  'change-employer',
  'forced-transfer',
  'constructor-b',
  'transfer-in',
  'transfer-in-source',
  'transfer-out',
  'cancellation',
  'forced-cancellation',
  'certificate-missing',
  'info-change',
  'e-certificate',
  'after-done',
  'contacts',
  'network',
  'qr-code',
  'large-text',
] as const

export type FaqId = (typeof FAQ_IDS)[number]

export function isFaqId(value: unknown): value is FaqId {
  return typeof value === 'string' && (FAQ_IDS as readonly string[]).includes(value)
}

/** Where the button at the end of an answer goes. */
export interface FaqAction {
  label: string
  url: string
}

export interface FaqEntry {
  id: FaqId
  group: FaqGroupId
  question: string
  /** Paragraphs; shown numbered when `ordered`. */
  answer: string[]
  ordered?: boolean
  /** Words people search with that the text itself does not contain. */
  keywords?: string[]
  /** Drawn example photos (styled boxes, no image files). */
  examples?: 'photo'
  /** The 咨询电话 / 办理地点 list from the configuration is shown under the answer. */
  contacts?: boolean
  action: FaqAction
}

/** A drawn example of an ID photo: a background colour and a head-and-shoulders silhouette. */
export interface PhotoExample {
  id: string
  ok: boolean
  background: string
  /** centre: head and shoulders in the middle; none: an empty background. */
  subject: 'centre' | 'none'
  shade?: 'dark' | 'bright'
  landscape?: boolean
  caption: string
  tip: string
}

const problem = (code: PhotoProblemCode, extra = '') => ({
  caption: `不合格：${PHOTO_PROBLEMS[code].message}${extra}`,
  tip: PHOTO_PROBLEMS[code].tip,
})

export const PHOTO_EXAMPLES: readonly PhotoExample[] = [
  {
    id: 'good',
    ok: true,
    background: '#438EDB',
    subject: 'centre',
    caption: '合格：蓝色背景，本人正面，头肩在中间',
    tip: '竖着拍，光线均匀，面部清晰',
  },
  {
    id: 'white',
    ok: false,
    background: '#ffffff',
    subject: 'centre',
    ...problem('BACKGROUND_NOT_BLUE', '（白底）'),
  },
  {
    id: 'red',
    ok: false,
    background: '#d9342b',
    subject: 'centre',
    ...problem('BACKGROUND_NOT_BLUE', '（红底）'),
  },
  { id: 'dark', ok: false, background: '#438EDB', subject: 'centre', shade: 'dark', ...problem('TOO_DARK') },
  {
    id: 'landscape',
    ok: false,
    background: '#438EDB',
    subject: 'centre',
    landscape: true,
    ...problem('WRONG_ORIENTATION'),
  },
  { id: 'empty', ok: false, background: '#438EDB', subject: 'none', ...problem('NO_SUBJECT') },
]

const PHOTO_PROBLEM_ORDER: readonly PhotoProblemCode[] = [
  'BACKGROUND_NOT_BLUE',
  'NO_SUBJECT',
  'TOO_DARK',
  'TOO_BRIGHT',
  'WRONG_ORIENTATION',
  'RATIO_UNFIXABLE',
  'SOURCE_TOO_SMALL',
  'FILE_TOO_LARGE',
  'UNREADABLE',
  'CANNOT_COMPRESS',
]

const ENTERPRISE_SYSTEM = '培训考核管理系统'
const MARKET_PLATFORM = '安徽省建筑市场监管公共服务平台'
const NATIONAL_PLATFORM = '全国工程质量安全监管信息平台公共服务门户'

const go = {
  realname: { label: '去实名认证', url: ROUTES.realname },
  photo: { label: '上传蓝底证件照', url: ROUTES.photo },
  employment: { label: '去「我的」刷新聘用关系', url: TAB_ROUTES.mine },
  work: { label: '查看我的办事', url: TAB_ROUTES.work },
  home: { label: '回到首页', url: TAB_ROUTES.home },
  mine: { label: '去「我的」查看', url: TAB_ROUTES.mine },
}

export const FAQ_ENTRIES: readonly FaqEntry[] = [
  // ---- 实名认证与登录 ----
  {
    id: 'realname-why',
    group: 'start',
    question: '为什么要先做实名认证？',
    answer: [
      '办理延期复核、跨省转入、跨省转出、证书变更、证书注销等任何证书业务前，都要先完成实名认证，确认是本人在办理。',
      '实名认证需要填写姓名、身份证号和手机号，再通过微信人脸核身。认证后，小程序按您的身份证号查询名下的证书。',
      '企业在培训考核管理系统中「刷新证书」获取您的证书，也需要您先在小程序完成实名认证。',
    ],
    keywords: ['实名', '认证', '刷脸', '第一次', '首次使用'],
    action: go.realname,
  },
  {
    id: 'realname-failed',
    group: 'start',
    question: '实名认证为什么不通过？',
    answer: [
      '姓名和身份证号是否与登记信息一致，在人脸核身通过之后才会核对，所以这类提示会在刷脸之后出现。',
      '提示「姓名与身份证号不一致」：请对照身份证逐字核对姓名，少数民族姓名中间的「·」也要填写。',
      '提示身份证号「校验位不正确」「出生日期不正确」「地区码不正确」：多是输错了某一位，请对照身份证重新输入；末位的 x 会自动改为大写 X。',
      '只能使用18位第二代身份证号码，15位的旧号码不能认证。',
      '提示「人脸核身未通过」：须本人操作，在光线充足处正对手机，摘下帽子和眼镜，按提示完成动作。',
      '提示「核验已超时」：从填写到完成人脸核身有时间限制，请重新点「开始认证」。同一次核验人脸核身 3 次未通过后也会失效，需要重新开始。',
      '提示「实名认证的次数已达上限」：每个微信账号、每个身份证号 24 小时内能开始认证的次数有限，提示里写明了多久以后可以再试。',
    ],
    keywords: [
      '失败',
      '不一致',
      '刷脸',
      '人脸识别',
      '核身',
      '超时',
      '15位',
      '校验',
      '认证不通过',
      '次数',
      '上限',
    ],
    action: { label: '重新实名认证', url: ROUTES.realname },
  },
  {
    id: 'realname-bound',
    group: 'start',
    question: '提示「该身份证号已绑定其他微信账号」怎么办？',
    answer: [
      '一个身份证号只能绑定一个微信账号，防止他人冒用您的身份办理业务。',
      '请用当初完成实名认证的那个微信登录小程序。',
      '原来的微信已经停用或找不回时，请联系聘用企业，由企业向主管部门反映处理。',
    ],
    keywords: ['绑定', '换微信', '换手机', '其他账号', '解绑'],
    action: { label: '查看我的实名认证', url: TAB_ROUTES.mine },
  },
  {
    id: 'realname-privacy',
    group: 'start',
    question: '我的身份证号会不会泄露？',
    answer: [
      '完整的身份证号只在实名认证时发送给省平台核验，不会保存在手机上。',
      '认证后，小程序中只显示隐藏了中间部分的身份证号，如 340***********0311。',
      '在注销原因等文字中输入身份证号，也会被自动隐藏中间部分。',
    ],
    keywords: ['隐私', '安全', '泄露', '个人信息'],
    action: go.mine,
  },
  {
    id: 'signin-expired',
    group: 'start',
    question: '提示「登录已失效」怎么办？',
    answer: [
      '为保护您的信息，登录一段时间后会失效，小程序通常会自动重新登录。',
      '仍然提示时，请回到首页点「重新登录」；还不行就关闭小程序，再从微信「最近使用」中重新打开。',
      '已经填写但还没提交的申请内容保存在手机上，重新登录后可以接着填写。',
    ],
    keywords: ['登录', '失效', '过期', '退出', '重新登录'],
    action: go.home,
  },

  // ---- 蓝底证件照 ----
  {
    id: 'photo-requirements',
    group: 'photo',
    question: '蓝底证件照有什么要求？',
    answer: [
      '蓝色背景，本人正面免冠，头部和肩膀在画面中间，面部清晰、光线均匀。',
      '请竖着拍。小程序会自动裁剪为证件照尺寸（默认 358×441 像素，即 26×32 毫米）并压缩（默认 50 KB 以内），不需要自己处理。',
      '可以站在蓝色的墙或布前直接拍照，也可以选择照相馆拍的蓝底证件照电子版。',
      '不要使用白底、红底照片，也不要使用截图、翻拍或过度美颜的照片。',
    ],
    keywords: ['照片', '相片', '证件照', '蓝底', '背景', '尺寸', '大小', '像素', '示例'],
    examples: 'photo',
    action: go.photo,
  },
  {
    id: 'photo-rejected',
    group: 'photo',
    question: '证件照提示「不能使用」或审核未通过怎么办？',
    answer: [
      '按提示换一张照片重新上传即可。常见原因和处理办法：',
      ...PHOTO_PROBLEM_ORDER.map(
        (code) => `「${PHOTO_PROBLEMS[code].message}」：${PHOTO_PROBLEMS[code].tip}。`,
      ),
      '照片上传后省平台还会再检查一次，未通过时提示的原因和处理办法与上面相同。',
    ],
    keywords: ['照片', '不合格', '不通过', '审核', '背景', '太暗', '太亮', '模糊', '文件过大'],
    action: { label: '重新上传证件照', url: ROUTES.photo },
  },
  {
    id: 'photo-why',
    group: 'photo',
    question: '为什么要上传蓝底证件照？',
    answer: [
      '证书照片需要变更时，由聘用企业发起「信息变更」，使用的就是您在小程序上传的蓝底证件照。',
      '企业发起信息变更前，您需要先完成实名认证并上传蓝底证件照，否则企业无法办理。',
      '上传后可以在「我的」-「证件照（蓝底）」查看，需要时可以更换。',
    ],
    keywords: ['照片', '相片', '证件照', '信息变更'],
    action: go.photo,
  },
  {
    id: 'photo-upload',
    group: 'photo',
    question: '上传证件照很慢或中断了怎么办？',
    answer: [
      '上传时会显示进度。信号不好时可以点「取消上传」，换到信号好的地方再点「重试上传」，不需要重新拍照。',
      '上传要么成功并显示「证件照已上传」，要么保持原来的状态，不会留下不完整的照片。',
      '一直失败时，可以先关闭小程序，等网络好时再上传。',
    ],
    keywords: ['照片', '上传', '慢', '失败', '取消', '中断', '进度'],
    action: { label: '去上传证件照', url: ROUTES.photo },
  },

  // ---- 办理须知 ----
  {
    id: 'one-at-a-time',
    group: 'rules',
    question: '提示「您尚有未办结的申请事项，请等待办结后再进行申报」？',
    answer: [
      '每个身份证号同一时间只能有一项业务在办理。上一项办结、撤回或不予通过后，才能申请新的业务。',
      '企业为您发起的「信息变更」也算一项正在办理的业务。',
      '不能多人批量申请，也不能一次申请多项业务，每人每项业务分别申请。',
      '点下方按钮查看正在办理的业务和进度；企业还没有办理时，可以在业务详情中「撤回申请」。',
    ],
    keywords: ['未办结', '不能申请', '重复申请', '批量', '多项'],
    action: go.work,
  },
  {
    id: 'employer-mismatch',
    group: 'rules',
    question: '提示「安管人员聘用企业与申报企业不一致」？',
    answer: [
      '只有延期复核有这项要求：延期复核由证书上登记的企业向主管部门提交，这家企业必须是您当前的聘用企业（按统一社会信用代码核对；企业记录中仍是旧的9位组织机构代码的，按信用代码中包含的组织机构代码核对）。',
      '跨省转出、证书注销不要求一致：已经离职的也可以申请，由证书上的企业（原聘用企业）办理。',
      '聘用关系刚有变动：先到「我的」-「聘用关系」点「刷新聘用关系」，再回来办理。',
      '您已经到省内新单位工作：请先办理「证书变更」，把证书变更到新单位，办结后再申请延期复核。到外省工作的，请办理「跨省转出」。',
      '企业只是改了名称（统一社会信用代码没变）：请企业先办理信息变更（企业更名）。',
      `聘用关系登记有误：请联系企业在${MARKET_PLATFORM}更正，更正后再刷新聘用关系。`,
    ],
    keywords: ['聘用企业', '申报企业', '不一致', '单位不对', '企业不对'],
    action: go.employment,
  },
  {
    id: 'left-employer',
    group: 'rules',
    question: '已经从证书上的企业离职了，还能办理转出或注销吗？',
    answer: [
      '能。跨省转出和证书注销都由证书上的企业（原聘用企业）办理，不要求您现在仍在这家企业，也不要求先办理证书变更。',
      '跨省转出：原聘用企业上传您的原企业解聘证明和新单位劳动聘用合同等材料；证书注销：企业在系统中点同意。',
      '原企业不配合或已经注销：证书注销可以由本人提供材料到线下办理；到省内新单位工作的，由新单位办理证书变更，原企业不确认时由新单位申请调动。',
      '延期复核不同：须由您当前的聘用企业提交，证书上的企业必须与聘用关系一致。',
    ],
    keywords: ['离职', '辞职', '原单位', '原企业', '不在原单位', '转出', '注销'],
    action: { label: '去办理跨省转出', url: ROUTES.apply('TRANSFER_OUT') },
  },
  {
    id: 'no-employment',
    group: 'rules',
    question: '查询不到聘用关系怎么办？',
    answer: [
      `聘用关系由企业在${MARKET_PLATFORM}登记，小程序只负责查询。`,
      '请确认企业已经为您登记，然后到「我的」-「聘用关系」点「刷新聘用关系」。',
      '仍然没有时，请联系企业核对登记时使用的身份证号是否与您实名认证的一致。',
    ],
    keywords: ['聘用关系', '没有单位', '查不到', '刷新'],
    action: go.employment,
  },
  {
    id: 'same-employer',
    group: 'rules',
    question: '办理证书变更提示「无需办理证书变更」？',
    answer: [
      '证书变更是把证书从原单位变更到新单位。系统查到证书上的企业就是您当前的聘用企业，所以无需变更。',
      `您已经到新单位工作的：请新单位先在${MARKET_PLATFORM}登记与您的聘用关系，再到「我的」点「刷新聘用关系」，然后办理证书变更。`,
    ],
    keywords: ['无需变更', '同一企业', '相同'],
    action: go.employment,
  },
  {
    id: 'progress',
    group: 'rules',
    question: '提交后由谁办理？在哪里看进度？',
    answer: [
      `在小程序提交的是登记，之后由聘用企业在${ENTERPRISE_SYSTEM}中提交，再由市级主管部门审核（延期复核还有省级学时审核）。`,
      '在「办事」中可以看到每项业务到了哪一步、下一步由谁办理：本人、聘用企业、市级主管部门或省级主管部门。',
      '被退回时，「办事」中会写明退回原因和需要修改的内容；按原因点「修改后重新提交」即可，不必重新申请。',
      '企业长时间没有办理的，请直接联系企业经办人。',
    ],
    keywords: ['进度', '审核', '多久', '退回', '谁办理', '企业没提交'],
    action: go.work,
  },
  {
    id: 'withdraw',
    group: 'rules',
    question: '什么时候可以撤回申请？提示「不能撤回」？',
    answer: [
      '聘用企业还没有办理之前，可以在「办事」的业务详情中点「撤回申请」。',
      '业务被退回后，也可以撤回。撤回后可以重新申请。',
      '企业或主管部门已经开始办理的，小程序中不能撤回；如需停止办理，请联系聘用企业。',
    ],
    keywords: ['撤回', '取消申请', '撤销', '不能撤回'],
    action: go.work,
  },
  {
    id: 'sent-back',
    group: 'rules',
    question: '申请被退回了怎么办？',
    ordered: true,
    answer: [
      '到「办事」打开这项业务，查看「退回原因」和需要修改的内容。',
      '点「修改后重新提交」：表单中已填好您上次提交的内容，按原因改正后核对并提交。',
      '重新提交的还是同一项申请（编号不变，办理记录保留），回到退回它的那个环节继续办理。',
      '不想再办理的，也可以点「撤回申请」。',
      '退回原因需要企业补充材料的（如解聘证明、劳动合同），请联系企业经办人。',
    ],
    keywords: ['退回', '被退回', '驳回', '打回', '重新提交', '修改'],
    action: go.work,
  },
  {
    id: 'form-errors',
    group: 'rules',
    question: '提交时提示「填写的内容有误」？',
    answer: [
      '有内容不符合要求时，对应的输入框下方会用红字写明原因，请按提示修改。',
      '证书编号的格式如「皖建安B（2021）0012345」，括号用中文或英文都可以。',
      '身份证号须为18位；注销原因至少填写2个字；延期复核须阅读并勾选两项声明。',
      '已经填写的内容会自动保存，改好后重新提交即可。',
    ],
    keywords: ['填写', '有误', '红字', '格式', '证书编号', '括号'],
    action: { label: '回到首页选择业务', url: TAB_ROUTES.home },
  },
  {
    id: 'duplicate-submit',
    group: 'rules',
    question: '多点了几次「确认提交」，会重复提交吗？',
    answer: [
      '不会。同一份申请无论点几次、网络重试几次，都只会提交一次。',
      '提示「该提交已处理过」时，说明这份申请之前已经提交过，请先到「办事」查看，不要重复填写。',
      '需要改动已提交的内容时，请先撤回，再重新申请。',
    ],
    keywords: ['重复', '提交两次', '多次', '点了几次', '已处理'],
    action: go.work,
  },

  // ---- 延期复核 ----
  {
    id: 'renewal-window',
    group: 'renewal',
    question: '什么时候可以申请延期复核？',
    answer: [
      '从证书有效期截止日期前3个月起，到截止日期当天（含当天），都可以申请。',
      '还没到时间时，小程序会写明哪一天起可以申请；从可以申请的那天（到期前3个月）起，首页证书会显示「即将到期」，并按订阅发送提醒。',
      '过了截止日期就不能延期复核，需要重新参加考核，请不要拖到最后几天。',
      '申请后还要经过企业提交、市级审核、学习和省级学时审核，越早申请越稳妥。',
    ],
    keywords: ['延期', '延续', '复核', '到期', '快过期', '续期', '什么时候'],
    action: { label: '去申请延期复核', url: ROUTES.apply('RENEWAL') },
  },
  {
    id: 'renewal-study',
    group: 'renewal',
    question: '延期复核的学习和学时怎么完成？',
    answer: [
      '延期复核的步骤：您在小程序提交登记 → 聘用企业提交延期申请 → 市级主管部门审核 → 您在线学习 → 省级主管部门审核学时 → 办结，证书有效期延长3年。',
      '市级审核通过后，在「办事」打开这项延期复核，可以看到「学习链接」以及需要完成和已经完成的学时。',
      '学习链接在小程序中打开；不能在小程序中打开的链接，可以点「复制链接」，粘贴到手机浏览器中学习。',
      '学时以省级主管部门审核为准。学时不够时请继续学习；对学时有疑问，请联系培训机构或聘用企业。',
    ],
    keywords: ['学习', '学时', '继续教育', '课程', '网课', '学习链接'],
    action: go.work,
  },
  {
    id: 'renewal-declarations',
    group: 'renewal',
    question: '延期复核要勾选的两项声明是什么意思？',
    answer: [
      '「证书有效期内未因生产安全事故受到行政处罚」和「无不良行为记录」是延期复核的条件，由您本人如实声明。',
      '实际情况与声明不符的，请不要勾选提交，先向聘用企业或企业所在地建设主管部门咨询办理办法。',
    ],
    keywords: ['声明', '勾选', '事故', '处罚', '不良行为'],
    action: { label: '去申请延期复核', url: ROUTES.apply('RENEWAL') },
  },
  {
    id: 'result-expired',
    group: 'renewal',
    question: '申请延期复核时提示「成绩不存在或已过期」？',
    answer: [
      '延期复核要用到您在有效期内的考核或继续教育成绩：首次考核成绩保留2年，继续教育成绩保留3年，超过期限的成绩作废。',
      '证书详情的「学习与成绩」列出每次成绩、是否合格和有效期至，以及每个有效期内的继续教育学时。',
      '成绩已过期或不合格的，请联系聘用企业或培训机构报名参加继续教育并考核；合格成绩同步到省平台一般需要几个工作日，之后再申请。',
      '已经考核合格却查不到成绩的，可能是考试或培训机构登记的身份证号有误，请向该机构核实并由其报送更正。',
    ],
    keywords: ['成绩', '成绩不存在', '成绩过期', '继续教育', '不合格', '考核成绩'],
    action: { label: '查看如何参加继续教育', url: ROUTES.guide('CONTINUING_EDUCATION') },
  },
  {
    id: 'expired',
    group: 'renewal',
    question: '证书过期了还能延期吗？',
    answer: [
      '不能。证书过了有效期截止日期，就不能办理延期复核，也不能办理转入、转出、变更或注销，只能查看。',
      '如需继续担任安管人员，请联系聘用企业报名，重新参加安全生产考核，合格后取得新证书。',
      '取得新证书后，在首页点「刷新证书」即可看到。',
    ],
    keywords: ['过期', '已过期', '失效', '重新考试', '重新考核', '延续'],
    action: { label: '查看重新考核说明', url: ROUTES.guide('RETAKE_EXAM') },
  },
  {
    id: 'certificate-inactive',
    group: 'renewal',
    question: '证书显示已注销、已转出或暂扣，为什么不能办理业务？',
    answer: [
      '这些证书只能查看，不能办理延期复核、转入、转出、变更或注销。',
      '已注销的证书不能恢复，需要重新参加考核取得证书。',
      '已转出安徽省的证书，相关业务请到转入省份办理。',
      '被暂扣的证书在暂扣期间只能查看，请联系聘用企业或发证机关了解恢复办法。',
    ],
    keywords: ['注销', '转出', '暂扣', '不能办理', '只能查看'],
    action: { label: '查看办理说明', url: ROUTES.guide('RETAKE_EXAM') },
  },

  // ---- 证书变更、转入与转出 ----
  {
    id: 'change-employer',
    group: 'change',
    question: '换了工作单位，证书怎么变更到新单位？',
    ordered: true,
    answer: [
      '与原聘用企业解除聘用关系。',
      `新单位（证书接收企业）在${MARKET_PLATFORM}与您登记聘用关系。新单位须是在安徽省登记的企业；到外省工作的，请办理「跨省转出」。`,
      '到「我的」-「聘用关系」点「刷新聘用关系」，确认显示的是新单位。',
      '在小程序选择「证书变更」进行变更登记。B类证书须先办理建造师执业企业变更。',
      `新单位在${ENTERPRISE_SYSTEM}上传原企业解聘证明、新企业劳动聘用合同、社保证明（B类证书还需新企业的建造师注册证书），原企业确认。`,
      '市级主管部门审批通过后，证书上的聘用企业变更为新单位。',
    ],
    keywords: ['换单位', '跳槽', '调动', '变更企业', '新单位', '证书变更'],
    action: { label: '去办理证书变更', url: ROUTES.apply('CHANGE_EMPLOYER') },
  },
  {
    id: 'forced-transfer',
    group: 'change',
    question: '原单位不配合确认或已经注销，证书怎么变更？',
    answer: [
      `可以办理「强制调动」：由新单位在${ENTERPRISE_SYSTEM}的【证书变更】中上传材料，并补充填写强制调动申请表，由市级主管部门审批。`,
      '需要原企业解聘证明（原企业已注销或不出具的，可用写明已解除劳动合同关系的劳动仲裁书、法院判决书）、新企业劳动聘用合同、社保缴纳证明等材料。',
      '强制调动由企业办理；您需要先在小程序提交「证书变更」登记。',
      '转为强制调动后，「办事」的办理进度会显示「接收企业申请强制调动」和「市级主管部门审批强制调动」。',
    ],
    keywords: ['强制调动', '原单位不配合', '不确认', '企业注销', '倒闭'],
    action: { label: '查看强制调动办法', url: ROUTES.guide('FORCED_TRANSFER') },
  },
  {
    id: 'constructor-b',
    group: 'change',
    question: 'B类证书为什么要先办理建造师执业企业变更？',
    answer: [
      'B类（项目负责人）证书须与您的建造师注册在同一家企业：延期复核时，建造师要注册在证书上的企业；证书变更时，建造师要已经注册到新企业。',
      '一级建造师通过中国建造师网办理执业企业变更；二级建造师通过安徽省二级建造师注册管理系统办理。',
      '建造师注册信息中的身份证号要与安管证书一致；登记的是15位旧号码或号码有误的，请先办理建造师个人信息变更。',
      '已注销、已过期的建造师注册证书和临时建造师证书不能用于办理：已注销或过期的请先申请重新注册；临时建造师已取消，需取得一级或二级建造师注册。',
      '建造师年龄超过65周岁的，注册证书失效，不能再用于办理B类证书业务；出生日期记录有误的，请向注册机关申请更正。',
      '安管B证记录的身份证号有误的，请聘用企业先申请安管B证个人信息变更。',
      '建造师变更办结后回到小程序重新办理，系统会重新查询您的建造师注册信息。',
    ],
    keywords: ['建造师', 'B证', 'B类', '项目负责人', '注册'],
    action: { label: '查看建造师变更办法', url: ROUTES.guide('CONSTRUCTOR_CHANGE') },
  },
  {
    id: 'transfer-in',
    group: 'change',
    question: '外省的证书怎么转入安徽？',
    ordered: true,
    answer: [
      `在原发证省份办理转出；在“${NATIONAL_PLATFORM}”查询，原证书应显示「办理转出」。`,
      `安徽的接收企业在${MARKET_PLATFORM}与您登记聘用关系；您到「我的」点「刷新聘用关系」确认。`,
      '在小程序选择「跨省转入」登记，填写原证书编号、原发证省份、类别和有效期。',
      '接收企业上传材料，市级主管部门审批通过后，证书出现在首页。',
      '转入后证书有效期不变：剩余不到90天时会提醒您，办结后请尽快申请延期复核；原证书已过期的不能转入，需要在安徽重新参加考核。',
    ],
    keywords: ['转入', '外省', '跨省', '调入安徽'],
    action: { label: '去办理跨省转入', url: ROUTES.apply('TRANSFER_IN') },
  },
  {
    id: 'transfer-in-source',
    group: 'change',
    question: '跨省转入提示原证书未「办理转出」或查询不到？',
    answer: [
      '请先核对原证书编号，格式如「浙建安C3（2023）0045678」：省份简称 + 建安 + 类别 + （年份）+ 7位数字，括号用中文或英文都可以。',
      '原发证省份更换过证书编号的，请按最新电子证照上的编号填写。',
      `编号无误的，请联系原发证省份的企业或主管部门办理转出；办好后原证书在“${NATIONAL_PLATFORM}”中显示「办理转出」，再来申请转入。`,
      '安徽省颁发的证书不需要转入，在首页点「刷新证书」即可。',
    ],
    keywords: ['办理转出', '查询不到', '原证书', '证书编号', '括号', '全国平台'],
    action: { label: '查看如何办理转出', url: ROUTES.guide('SOURCE_TRANSFER_OUT') },
  },
  {
    id: 'transfer-out',
    group: 'change',
    question: '证书怎么转到外省？',
    ordered: true,
    answer: [
      '完成实名认证后，在小程序选择「跨省转出」，选择证书和转入省份提交。已经离职的也可以申请，不需要先办理证书变更。',
      `证书上的企业（原聘用企业）在${ENTERPRISE_SYSTEM}的【跨省转出】中填写信息，上传安管考核合格证书、原企业解聘证明、现企业劳动聘用合同等材料。`,
      '市级主管部门审批通过后，原聘用企业下载打印「跨省变更批准证明」，到市级主管部门盖章；您持盖章的证明到转入省份办理转入手续。',
      '办结后可在「办事」的业务详情中打开批准证明查看；转出后这本证书在安徽只能查看。',
    ],
    keywords: ['转出', '外省', '跨省', '去外地', '批准证明'],
    action: { label: '去办理跨省转出', url: ROUTES.apply('TRANSFER_OUT') },
  },

  // ---- 证书注销 ----
  {
    id: 'cancellation',
    group: 'cancel',
    question: '怎么注销证书？',
    ordered: true,
    answer: [
      '完成实名认证后，在小程序选择「证书注销」，选择证书、填写注销原因，提交给证书上的企业。已经离职的也可以申请。',
      `证书上的企业在${ENTERPRISE_SYSTEM}的【证书注销】中点同意。`,
      '市级主管部门审批通过后，证书注销完成。',
      '证书注销后不能恢复；以后还要担任安管人员的，需要重新参加考核。',
    ],
    keywords: ['注销', '不干了', '退休', '离职'],
    action: { label: '去办理证书注销', url: ROUTES.apply('CANCELLATION') },
  },
  {
    id: 'forced-cancellation',
    group: 'cancel',
    question: '企业不配合注销或企业已经注销怎么办？',
    answer: [
      '可以申请线下办理「强制注销」，由您本人提供材料：',
      '本人身份证扫描件（正反面）；',
      '解聘证明，或写明您已与原单位解除劳动合同关系的劳动仲裁书、法院判决书。',
      '办理前请先电话咨询企业所在地的市级建设主管部门，确认受理地点、时间和材料要求。',
    ],
    keywords: ['强制注销', '企业不配合', '不同意', '企业注销', '倒闭', '线下'],
    action: { label: '查看强制注销材料', url: ROUTES.guide('FORCED_CANCELLATION') },
  },

  // ---- 证书查询与信息变更 ----
  {
    id: 'certificate-missing',
    group: 'certificate',
    question: '首页看不到我的证书，或证书信息不对？',
    answer: [
      '点首页的「刷新证书」，小程序会按您实名认证的身份证号重新查询。',
      '仍然没有：请确认证书是安徽省颁发的（外省证书要先办理跨省转入），并确认考核时登记的身份证号与您实名认证的一致；登记有误的，请联系聘用企业向主管部门反映更正。',
      '已过期、已注销的证书也会显示，并标明状态，只能查看。',
      '证书上的照片、职务或企业名称不对的，由聘用企业办理信息变更。',
    ],
    keywords: ['看不到证书', '没有证书', '查不到', '刷新证书', '信息有误'],
    action: { label: '回到首页刷新证书', url: TAB_ROUTES.home },
  },
  {
    id: 'info-change',
    group: 'certificate',
    question: '证书上的照片、职务或企业名称要改，怎么办？',
    answer: [
      `照片变更、职务变更、企业更名（统一社会信用代码不变）属于「信息变更」，由聘用企业在${ENTERPRISE_SYSTEM}中发起，个人不能在小程序申请。`,
      '企业发起前，您需要先完成实名认证并上传蓝底证件照。',
      '企业发起后，您可以在「办事」中查看进度；办理期间不能申请其他业务。办结后，证书详情中会显示新的职务、企业名称或照片，以及「变更记录」。',
      '换了单位（统一社会信用代码不同）不属于信息变更，请办理「证书变更」。',
    ],
    keywords: ['信息变更', '改照片', '职务', '企业更名', '改名'],
    action: { label: '查看信息变更说明', url: ROUTES.guide('EMPLOYER_INFO_CHANGE') },
  },
  {
    id: 'e-certificate',
    group: 'certificate',
    question: '电子证书在哪里看？工地检查时怎么出示？别人怎么验真？',
    answer: [
      '在首页打开证书，进入证书详情：点「查看电子证书」下载PDF，可以保存到手机或转发给企业；证书信息变化（如延期复核、信息变更办结）后，重新打开得到的就是最新的电子证书。',
      '现场检查时点「出示证书」：全屏显示照片、姓名、类别、编号、有效期和状态，屏幕自动调亮并保持常亮，离开后恢复。',
      '检查人员用微信或手机相机扫描证书上的二维码，会打开省平台的验真页面，显示打码后的姓名、证书类别、编号、聘用企业、有效期和当前状态，不显示身份证号和照片。',
      '电子证书和出示页面只显示打码的身份证号。如果二维码被随意转发，可以在「出示证书」页面点「更换二维码」，旧二维码随即作废。',
      '已过期、已注销、已转出或被暂扣的证书不提供电子证书，出示页面会醒目显示证书状态。',
    ],
    keywords: ['电子证书', '电子证照', '下载证书', '出示', '验真', '扫码', '二维码', 'PDF', '检查'],
    action: { label: '回到首页打开证书', url: TAB_ROUTES.home },
  },
  {
    id: 'after-done',
    group: 'certificate',
    question: '业务办结后在哪里查看结果？',
    answer: [
      '「办事」中的业务会显示「办结」，首页证书信息随之更新；没有更新的，在首页点「刷新证书」。',
      '延期复核办结后，证书有效期延长3年；证书变更办结后，证书上显示新的聘用企业；信息变更办结后，证书详情的「变更记录」写明改了什么；跨省转出办结后，「跨省变更批准证明」由原聘用企业下载打印，您也可以在业务详情中打开查看。',
      `也可以在“${NATIONAL_PLATFORM}”的安全生产管理人员考核合格证书信息栏目查询；全国平台的数据更新可能晚几天。`,
    ],
    keywords: ['办结', '结果', '查询', '办完'],
    action: go.work,
  },

  // ---- 使用小程序 ----
  {
    id: 'contacts',
    group: 'app',
    question: '有疑问打哪个电话？线下去哪里办理？',
    answer: [
      '下方列出各市的咨询电话和办理地点，点「拨打」即可直接拨号。',
      '企业什么时候提交、需要哪些材料，请先问聘用企业的经办人；审核和强制注销等线下办理，请咨询所在市的主管部门。',
    ],
    keywords: ['电话', '咨询', '热线', '地址', '窗口', '线下', '人工'],
    contacts: true,
    action: go.work,
  },
  {
    id: 'network',
    group: 'app',
    question: '一直在加载，或提示网络连接失败、服务暂时不可用？',
    answer: [
      '工地上信号弱时，请换到信号好的地方或连接 Wi-Fi，再点「重试」。',
      '已经填写的申请内容自动保存在手机上，关闭小程序也不会丢失；网络中断后重新提交，也不会重复提交。',
      '提示「服务暂时不可用」「服务出了点问题」「操作过于频繁」时，请稍等几分钟再试，这不是您操作的问题。',
    ],
    keywords: ['网络', '信号', '加载', '转圈', '超时', '打不开', '卡住', '失败'],
    action: go.home,
  },
  {
    id: 'qr-code',
    group: 'app',
    question: '扫码后提示二维码无法识别，或未找到相关信息？',
    answer: [
      '二维码可能已过期、不完整，或不是本小程序的二维码，小程序会打开首页并给出提示。',
      '请向张贴二维码的企业或通知发布方确认，也可以直接在首页或「办事」中找到要办理的业务。',
      '提示「未找到相关信息」时，对应的记录可能已经更新，请返回刷新后再试。',
    ],
    keywords: ['二维码', '扫码', '扫一扫', '未找到', '海报'],
    action: go.home,
  },
  {
    id: 'large-text',
    group: 'app',
    question: '字太小看不清怎么办？',
    answer: ['到「我的」打开「大字模式」，各页面的文字和按钮都会变大；再次点击即可关闭。'],
    keywords: ['字太小', '看不清', '大字', '字体', '老花眼', '放大'],
    action: { label: '去「我的」打开大字模式', url: TAB_ROUTES.mine },
  },
]

export function faqEntry(id: FaqId): FaqEntry {
  const entry = FAQ_ENTRIES.find((e) => e.id === id)
  if (!entry) throw new Error(`no FAQ entry ${id}`)
  return entry
}

// ---- Search ----

/** Question words that say nothing about the topic: 「证书过期了怎么办」 searches for 证书过期. */
const FILLER =
  /怎么办|怎么样|怎么|如何|为什么|为何|什么|哪里|哪儿|可不可以|可以吗|能不能|能否|还能|请问|一下|我的|我们|我|吗|呢|啊|吧|了|的/g

/** Lower case, ASCII for full-width letters and digits, no punctuation or quotes. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/[「」『』“”"'‘’【】《》（）()，,。.、？?！!：:；;·•→\-—_/\\]/g, ' ')
}

/** The search terms in what the holder typed; filler question words dropped. */
export function searchTerms(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/)
    .map((t) => t.replace(FILLER, ''))
    .filter((t) => t.length > 0)
}

function haystack(entry: FaqEntry): string {
  const group = FAQ_GROUPS.find((g) => g.id === entry.group)?.title ?? ''
  return normalizeText([entry.question, ...entry.answer, ...(entry.keywords ?? []), group].join(' '))
}

const HAYSTACKS = new Map<FaqEntry, string>()
function textOf(entry: FaqEntry): string {
  let text = HAYSTACKS.get(entry)
  if (text === undefined) {
    text = haystack(entry)
    HAYSTACKS.set(entry, text)
  }
  return text
}

function bigrams(term: string): string[] {
  if (term.length < 2) return [term]
  const out: string[] = []
  for (let i = 0; i < term.length - 1; i++) out.push(term.slice(i, i + 2))
  return out
}

/**
 * Entries matching what was typed, best first. Every term must appear in the question, answer or
 * keywords; when nothing matches exactly (a whole sentence typed, a word in another order), entries
 * sharing most two-character pieces of the query are offered instead. An empty query lists all.
 */
export function searchFaq(query: string, entries: readonly FaqEntry[] = FAQ_ENTRIES): FaqEntry[] {
  const terms = searchTerms(query)
  if (terms.length === 0) return [...entries]
  const joined = terms.join('')
  // Words in the question count most; the words typed together, as one phrase, break ties.
  const rank = (e: FaqEntry) => {
    const q = normalizeText(e.question)
    return (
      (q.includes(joined) ? 4 : 0) +
      2 * terms.filter((t) => q.includes(t)).length +
      (textOf(e).includes(joined) ? 1 : 0)
    )
  }
  // Among equals, the question that starts with the phrase sooner is more about it.
  const position = (e: FaqEntry) => {
    const at = normalizeText(e.question).indexOf(joined)
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  const exact = entries.filter((e) => terms.every((t) => textOf(e).includes(t)))
  if (exact.length) {
    return exact
      .map((e, i) => ({ e, i, score: rank(e), at: position(e) }))
      .sort((a, b) => b.score - a.score || a.at - b.at || a.i - b.i)
      .map((x) => x.e)
  }
  const pieces = [...new Set(terms.flatMap(bigrams))]
  return entries
    .map((e, i) => ({ e, i, score: pieces.filter((p) => textOf(e).includes(p)).length / pieces.length }))
    .filter((x) => x.score >= 0.6)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.e)
}

/** Entries grouped in the page's order; groups without entries are left out. */
export function groupEntries(
  entries: readonly FaqEntry[],
): { id: FaqGroupId; title: string; entries: FaqEntry[] }[] {
  return FAQ_GROUPS.map((g) => ({ ...g, entries: entries.filter((e) => e.group === g.id) })).filter(
    (g) => g.entries.length > 0,
  )
}
