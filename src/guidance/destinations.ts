/**
 * Every place a next step can lead: the button's words and the page it opens. Refusals, 常见问题
 * answers, 办理说明 topics and fix buttons all point here, so a place is named and routed once and
 * a unit test checks that each one is a page the app declares.
 */
import type { FixAction, GuideTopic } from '../domain/eligibility'
import type { HolderApplicationType } from '../domain/types'
import { ROUTES, TAB_ROUTES } from '../routes'

interface Place {
  label: string
  url: string
}

const PLACES = {
  // ---- 实名认证 ----
  realname: { label: '去实名认证', url: ROUTES.realname },
  realnameAgain: { label: '重新实名认证', url: ROUTES.realname },
  realnameCheck: { label: '核对后重新认证', url: ROUTES.realname },
  faceAgain: { label: '重新人脸核身', url: ROUTES.realname },
  realnameMine: { label: '查看我的实名认证', url: TAB_ROUTES.mine },

  // ---- 蓝底证件照 ----
  photo: { label: '上传蓝底证件照', url: ROUTES.photo },
  photoAgain: { label: '重新上传证件照', url: ROUTES.photo },
  photoPick: { label: '重新选择证件照', url: ROUTES.photo },
  photoUpload: { label: '去上传证件照', url: ROUTES.photo },

  // ---- 我的 ----
  employment: { label: '去「我的」刷新聘用关系', url: TAB_ROUTES.mine },
  employmentView: { label: '查看聘用关系', url: TAB_ROUTES.mine },
  mine: { label: '去「我的」查看', url: TAB_ROUTES.mine },
  largeText: { label: '去「我的」打开大字模式', url: TAB_ROUTES.mine },

  // ---- 办事 ----
  work: { label: '查看我的办事', url: TAB_ROUTES.work },

  // ---- 首页 ----
  home: { label: '回到首页', url: TAB_ROUTES.home },
  homeChoose: { label: '回到首页选择业务', url: TAB_ROUTES.home },
  homeRefresh: { label: '回到首页刷新证书', url: TAB_ROUTES.home },
  homeCertificate: { label: '回到首页打开证书', url: TAB_ROUTES.home },

  // ---- 申请表 ----
  applyRenewal: { label: '去申请延期复核', url: ROUTES.apply('RENEWAL') },
  applyTransferIn: { label: '去办理跨省转入', url: ROUTES.apply('TRANSFER_IN') },
  applyTransferOut: { label: '去办理跨省转出', url: ROUTES.apply('TRANSFER_OUT') },
  applyTransferOutInstead: { label: '改为申请跨省转出', url: ROUTES.apply('TRANSFER_OUT') },
  applyChangeEmployer: { label: '去办理证书变更', url: ROUTES.apply('CHANGE_EMPLOYER') },
  applyCancellation: { label: '去办理证书注销', url: ROUTES.apply('CANCELLATION') },

  // ---- 办理说明 ----
  guideRetake: { label: '查看重新考核说明', url: ROUTES.guide('RETAKE_EXAM') },
  guideInactive: { label: '查看办理说明', url: ROUTES.guide('RETAKE_EXAM') },
  guideForcedTransfer: { label: '查看强制调动办法', url: ROUTES.guide('FORCED_TRANSFER') },
  guideForcedCancellation: { label: '查看强制注销材料', url: ROUTES.guide('FORCED_CANCELLATION') },
  guideConstructor: { label: '查看建造师变更办法', url: ROUTES.guide('CONSTRUCTOR_CHANGE') },
  guideSourceTransferOut: { label: '查看如何办理转出', url: ROUTES.guide('SOURCE_TRANSFER_OUT') },
  guideContinuingEducation: { label: '查看如何参加继续教育', url: ROUTES.guide('CONTINUING_EDUCATION') },
  guideInfoChange: { label: '查看信息变更说明', url: ROUTES.guide('EMPLOYER_INFO_CHANGE') },

  // ---- 常见问题 ----
  helpRenewal: { label: '了解延期复核', url: ROUTES.help('renewal-window') },
} satisfies Record<string, Place>

export type DestinationId = keyof typeof PLACES

/** A place in the app: the words on the button and the page it opens. */
export interface Destination extends Place {
  id: DestinationId
}

export const DESTINATIONS = Object.fromEntries(
  Object.entries(PLACES).map(([id, place]) => [id, { id, ...place }]),
) as Record<DestinationId, Destination>

export const DESTINATION_IDS = Object.keys(PLACES) as DestinationId[]

/** The form of each application type, as a fix of kind `apply` opens it. */
export const APPLY_DESTINATIONS: Record<HolderApplicationType, Destination> = {
  RENEWAL: DESTINATIONS.applyRenewal,
  TRANSFER_IN: DESTINATIONS.applyTransferIn,
  TRANSFER_OUT: DESTINATIONS.applyTransferOut,
  CHANGE_EMPLOYER: DESTINATIONS.applyChangeEmployer,
  CANCELLATION: DESTINATIONS.applyCancellation,
}

/** The 办理说明 page of each topic, as a fix of kind `guide` opens it. */
export const GUIDE_DESTINATIONS: Record<GuideTopic, Destination> = {
  FORCED_TRANSFER: DESTINATIONS.guideForcedTransfer,
  FORCED_CANCELLATION: DESTINATIONS.guideForcedCancellation,
  RETAKE_EXAM: DESTINATIONS.guideRetake,
  CONSTRUCTOR_CHANGE: DESTINATIONS.guideConstructor,
  SOURCE_TRANSFER_OUT: DESTINATIONS.guideSourceTransferOut,
  EMPLOYER_INFO_CHANGE: DESTINATIONS.guideInfoChange,
  CONTINUING_EDUCATION: DESTINATIONS.guideContinuingEducation,
}

/** The one place that needs a record: the page of one application (the open one a refusal names). */
export interface ApplicationDestination extends Place {
  id: 'application'
}

export function applicationDestination(applicationId: string): ApplicationDestination {
  return { id: 'application', label: '查看办理进度', url: ROUTES.applicationDetail(applicationId) }
}

export type FixDestination = Destination | ApplicationDestination

/**
 * Where a reason's fix leads, or null for the fixes done in place (refreshing 聘用关系, bringing a
 * field into view, waiting for a date). The button shows the reason's own words.
 */
export function fixDestination(fix: FixAction): FixDestination | null {
  switch (fix.kind) {
    case 'realname':
      return DESTINATIONS.realname
    case 'photo':
      return DESTINATIONS.photo
    case 'openApplication':
      return applicationDestination(fix.applicationId)
    case 'apply':
      return APPLY_DESTINATIONS[fix.type]
    case 'guide':
      return GUIDE_DESTINATIONS[fix.topic]
    case 'refreshEmployment':
    case 'editField':
    case 'waitUntil':
      return null
  }
}

/** True only for a place of this table itself, not a copy with the same words and page. */
export function isDestination(value: unknown): value is Destination {
  const id = (value as Partial<Destination> | null)?.id
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(DESTINATIONS, id)
    ? DESTINATIONS[id as DestinationId] === value
    : false
}
