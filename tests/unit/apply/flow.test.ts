/**
 * The application form's flow without a screen: the steps 填写 → 核对 → 核对信息 → 提交 → 已提交,
 * what each answer or refusal of the backend shows, the recovery after a reused Idempotency-Key,
 * a sent-back application's correction and a restored draft.
 */
import type { Application, ServerVerdict } from '../../../src/data/apply/api'
import { useApplyDrafts } from '../../../src/data/apply/drafts'
import type { EligibilityContext } from '../../../src/data/loaders/eligibilityContext'
import type { Certificate } from '../../../src/data/certificates/api'
import {
  describe as describeError,
  fieldErrorsFrom,
  reasonsFrom,
} from '../../../src/features/apply/flow/errors'
import {
  deriveForm,
  eligibilityRequest,
  heldText,
  liveContext,
} from '../../../src/features/apply/flow/derive'
import { openDraft } from '../../../src/features/apply/flow/drafts'
import { afterReusedCreate, afterReusedResubmit } from '../../../src/features/apply/flow/reusedKey'
import {
  BANNERS,
  flowReducer,
  initialFlow,
  type FlowAction,
  type FlowState,
} from '../../../src/features/apply/flow/state'
import { ApiError } from '../../../src/services/errors'

const mockStorage = new Map<string, string>()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    request: jest.fn(),
    login: async () => ({ code: 'test-code' }),
    getStorageSync: (k: string) => mockStorage.get(k) ?? '',
    setStorageSync: (k: string, v: string) => mockStorage.set(k, v),
    removeStorageSync: (k: string) => mockStorage.delete(k),
  },
}))

const run = (...actions: FlowAction[]): FlowState => actions.reduce(flowReducer, initialFlow)

const guideFix = { kind: 'guide', topic: 'SOURCE_TRANSFER_OUT' } as const
const reason = (over: Partial<ServerVerdict['reasons'][number]> = {}): ServerVerdict['reasons'][number] => ({
  rule: 'R7',
  code: 'SOURCE_DETAILS_MISMATCH',
  message: '原证书有效期至与全国平台记录不一致，记录为2027-05-01',
  fix: guideFix,
  fixLabel: '查看办理方法',
  ...over,
})

const application = (over: Partial<Application> = {}): Application =>
  ({
    id: 'app-1',
    type: 'RENEWAL',
    status: 'IN_PROGRESS',
    certificateId: 'cert-1',
    certificateNumber: '皖建安C2（2022）0012345',
    category: 'C2',
    createdAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
    steps: [],
    fields: {},
    ...over,
  }) as Application

const sentBack = (over: Partial<Application> = {}) =>
  application({
    id: 'app-back',
    type: 'CANCELLATION',
    status: 'SENT_BACK',
    fields: { reason: '已退休' },
    steps: [
      {
        key: 'employer',
        label: '聘用企业确认',
        actor: 'EMPLOYER',
        state: 'SENT_BACK',
        reason: '原因不清',
        fields: ['reason'],
      },
    ],
    ...over,
  })

beforeEach(() => {
  mockStorage.clear()
  useApplyDrafts.setState({ drafts: {} })
})

describe('steps', () => {
  it('goes edit → checking → confirm → submitting → done', () => {
    let state = run({ type: 'checkStarted' })
    expect(state).toMatchObject({ step: 'edit', checking: true, attempted: true, banner: null })
    state = flowReducer(state, {
      type: 'checkAnswered',
      answer: { allowed: true, reasons: [], warnings: [] },
      signature: 'cert-1|',
    })
    expect(state).toMatchObject({ step: 'confirm', checking: false, banner: null })
    expect(state.server).toEqual({
      verdict: { allowed: true, reasons: [], warnings: [] },
      signature: 'cert-1|',
    })
    state = flowReducer(state, { type: 'submitStarted' })
    expect(state).toMatchObject({ submitting: true, banner: null })
    state = flowReducer(flowReducer(state, { type: 'finished' }), { type: 'submitSettled' })
    expect(state).toMatchObject({ done: true, submitting: false, step: 'confirm' })
  })

  it('holds 下一步 on the phone when something is still to do, and 返回修改 clears the banner', () => {
    const held = run({ type: 'checkHeld', banner: { tone: 'warn', text: BANNERS.incomplete } })
    expect(held).toMatchObject({ attempted: true, checking: false, step: 'edit' })
    expect(held.banner?.text).toBe('还有内容需要填写或修改，请按红色提示处理。已填写的内容已自动保存。')
    const back = flowReducer({ ...held, step: 'confirm' }, { type: 'backToEdit' })
    expect(back).toMatchObject({ step: 'edit', banner: null })
  })

  it("shows the platform's R7 finding under its field and stays on the form", () => {
    const state = run(
      { type: 'checkStarted' },
      {
        type: 'checkAnswered',
        answer: { allowed: false, reasons: [reason({ field: 'validUntil' })], warnings: [] },
        signature: '-|苏建安C2（2022）0034567|C2|2027-01-01',
      },
    )
    expect(state.step).toBe('edit')
    expect(state.serverFieldErrors).toEqual({ validUntil: reason().message })
    expect(state.banner).toEqual({ tone: 'warn', text: BANNERS.checkRefused })
  })

  it('goes on to 核对信息 when the platform cannot be reached, and checks again on submit', () => {
    const state = run({ type: 'checkStarted' }, { type: 'checkFailed', error: ApiError.client('NETWORK') })
    expect(state).toMatchObject({ step: 'confirm', checking: false })
    expect(state.banner).toEqual({
      tone: 'info',
      text: '网络不稳定，暂时无法向省平台核对办理条件；提交时会再次核对。',
    })
  })

  it('typing into a field clears only its own message from the backend', () => {
    const refused = new ApiError('VALIDATION_FAILED', '填写的内容有误', 400, [
      { field: 'fields.reason', message: '请填写注销原因' },
      { field: 'certificateId', message: '请先选择要办理的证书' },
    ])
    let state = run({ type: 'checkFailed', error: refused })
    expect(state.serverFieldErrors).toEqual({
      reason: '请填写注销原因',
      certificateId: '请先选择要办理的证书',
    })
    state = flowReducer(state, { type: 'edited', names: ['reason'] })
    expect(state.serverFieldErrors).toEqual({ certificateId: '请先选择要办理的证书' })
    state = flowReducer(state, { type: 'certificateSelected', key: 'k2' })
    expect(state).toMatchObject({ key: 'k2', serverFieldErrors: {} })
  })

  it('forgets the backend verdict when the holder comes back or carries out a fix', () => {
    const answered = run({
      type: 'checkAnswered',
      answer: { allowed: true, reasons: [], warnings: [] },
      signature: 'x',
    })
    expect(flowReducer(answered, { type: 'verdictStale' }).server).toBeNull()
  })
})

describe('error mapping', () => {
  it('puts field messages under their fields and the others into the banner', () => {
    const e = new ApiError('VALIDATION_FAILED', '填写的内容有误', 400, [
      { field: 'fields.reason', message: '请填写注销原因' },
      { field: 'fields.employer', message: '未查询到聘用关系。' },
    ])
    expect(fieldErrorsFrom(e)).toEqual({ reason: '请填写注销原因', employer: '未查询到聘用关系。' })
    expect(describeError(e)).toBe('填写的内容有误；未查询到聘用关系')
    const state = run({ type: 'submitStarted' }, { type: 'submitRefused', error: e, signature: 's' })
    expect(state).toMatchObject({ step: 'edit', attempted: true, submitting: true })
    expect(state.banner).toEqual({
      tone: 'warn',
      text: '提交未成功：填写的内容有误；未查询到聘用关系。您填写的内容已保存，请按提示处理。',
      code: 'VALIDATION_FAILED',
    })
  })

  it('says a retry sends nothing twice when the refusal is worth retrying', () => {
    const state = run(
      { type: 'checkAnswered', answer: { allowed: true, reasons: [], warnings: [] }, signature: 's' },
      {
        type: 'submitRefused',
        error: new ApiError('SERVICE_UNAVAILABLE', '服务暂不可用', 503),
        signature: 's',
      },
    )
    expect(state.step).toBe('confirm')
    expect(state.banner?.text).toBe(
      '提交未成功：服务暂不可用。您填写的内容已保存，可再点「确认提交」重试，不会重复提交。',
    )
  })

  it("shows the rules' reasons of a refused submit in 办理条件, for what was sent", () => {
    const refusal = reason({ rule: 'R2', code: 'OPEN_APPLICATION_EXISTS', message: '您尚有未办结的申请事项' })
    const e = new ApiError('OPEN_APPLICATION_EXISTS', '您尚有未办结的申请事项', 409, [], {
      reasons: [refusal, { message: 'malformed' }],
    })
    expect(reasonsFrom(e)).toEqual([refusal])
    expect(reasonsFrom(new ApiError('INTERNAL', 'x', 500))).toBeNull()
    const state = run({ type: 'submitRefused', error: e, signature: 'cert-1|' })
    expect(state.server).toEqual({
      verdict: { allowed: false, reasons: [refusal], warnings: [] },
      signature: 'cert-1|',
    })
    expect(state.banner?.text).toBe(BANNERS.submitRefusedByRules)
    expect(state.banner?.code).toBeUndefined()
  })
})

describe('a reused Idempotency-Key', () => {
  it('opens the open application the earlier tap created, the latest one for this certificate', () => {
    const older = application({ id: 'old', createdAt: '2026-11-01T00:00:00Z' })
    const latest = application({ id: 'new', createdAt: '2026-11-22T00:00:00Z' })
    const other = application({ id: 'other', certificateId: 'cert-2', createdAt: '2026-11-23T00:00:00Z' })
    const closed = application({ id: 'closed', status: 'COMPLETED', createdAt: '2026-11-23T00:00:00Z' })
    const sent = { type: 'RENEWAL' as const, needsCertificate: true, certificateId: 'cert-1' }
    expect(afterReusedCreate([older, latest, other, closed], sent)).toEqual({
      kind: 'submitted',
      application: latest,
      title: '此前已提交',
    })
    expect(afterReusedCreate([other, closed], sent)).toEqual({ kind: 'renew' })
    // 跨省转入 has no certificate of its own to match.
    const transferIn = application({ id: 'in', type: 'TRANSFER_IN', certificateId: undefined })
    expect(
      afterReusedCreate([transferIn], { type: 'TRANSFER_IN', needsCertificate: false, certificateId: null }),
    ).toMatchObject({ kind: 'submitted', application: transferIn })
  })

  it('a correction: done if no longer sent back, else a new key and one more tap', () => {
    const resubmitted = sentBack({ status: 'IN_PROGRESS' })
    expect(afterReusedResubmit(resubmitted)).toEqual({
      kind: 'submitted',
      application: resubmitted,
      title: '此前已重新提交',
    })
    expect(afterReusedResubmit(sentBack())).toEqual({ kind: 'renew' })
    expect(afterReusedResubmit(null)).toEqual({ kind: 'renew' })
    expect(run({ type: 'keyRenewed', resubmit: true }).banner).toEqual({
      tone: 'warn',
      text: '提交状态已更新，请再点一次「确认提交」。您修改的内容已保存。',
    })
    expect(run({ type: 'keyRenewed', resubmit: false }).banner?.text).toBe(
      '提交状态已更新，请再点一次「确认提交」。您填写的内容已保存。',
    )
  })
})

describe('drafts', () => {
  it('restores a draft with something typed and keeps saying so', () => {
    const first = openDraft('h1', 'CANCELLATION', 'cert-1', undefined, null)
    expect(first).toMatchObject({ type: 'draftOpened', hadContent: false })
    let state = run(first as FlowAction)
    expect(state.restored).toBe(false)
    useApplyDrafts.getState().update(state.key as string, { reason: '已退休' })

    const again = openDraft('h1', 'CANCELLATION', 'cert-1', undefined, null)
    expect(again).toEqual({ type: 'draftOpened', key: first?.key, hadContent: true })
    state = run(again as FlowAction)
    expect(state.restored).toBe(true)
    expect(useApplyDrafts.getState().drafts[state.key as string].fields).toEqual({ reason: '已退休' })
    // Reopened later (after a refresh) with the draft still there: the note stays.
    expect(flowReducer(state, { type: 'draftOpened', key: 'k', hadContent: false }).restored).toBe(true)
  })

  it('a send-back resubmit waits for the application, then fills its own draft as sent', () => {
    expect(openDraft('h1', 'CANCELLATION', undefined, 'app-back', null)).toBeNull()
    expect(useApplyDrafts.getState().drafts).toEqual({})
    const opened = openDraft('h1', 'CANCELLATION', undefined, 'app-back', sentBack())
    expect(opened).toMatchObject({ type: 'draftOpened', hadContent: false })
    const draft = useApplyDrafts.getState().drafts[opened?.key as string]
    expect(draft).toMatchObject({
      resubmitOf: 'app-back',
      certificateId: 'cert-1',
      fields: { reason: '已退休' },
    })
    // Reopening keeps the corrections typed so far, and the same key.
    useApplyDrafts.getState().update(opened?.key as string, { reason: '已退休，不再任职' })
    const reopened = openDraft('h1', 'CANCELLATION', undefined, 'app-back', sentBack())
    expect(reopened?.key).toBe(opened?.key)
    expect(useApplyDrafts.getState().drafts[opened?.key as string]).toMatchObject({
      idempotencyKey: draft.idempotencyKey,
      fields: { reason: '已退休，不再任职' },
    })
  })
})

describe('what the form shows', () => {
  const certificate: Certificate = {
    id: 'cert-1',
    number: '皖建安C2（2022）0012345',
    category: 'C2',
    holderName: '张三',
    idNumberMasked: '340***********123X',
    employer: { name: '安徽建工集团有限公司', uscc: '913400001000000001' },
    issuedOn: '2022-06-30',
    validUntil: '2028-06-30',
    recordStatus: 'ACTIVE',
    province: '皖',
  } as Certificate
  const context = {
    config: { renewalWindowMonths: 3, transferInWarnDays: 90 },
    profile: {
      realName: { status: 'VERIFIED', name: '张三', idNumberMasked: '340***********123X' },
      photo: { status: 'ACCEPTED' },
      constructorRegistrations: [],
    },
    employment: { employer: certificate.employer, since: '2020-01-01', refreshedAt: '2026-11-01T00:00:00Z' },
    openApplications: [sentBack()],
    periods: [],
    today: '2026-11-23',
  } as unknown as EligibilityContext

  it('a correction is not another open application for its own R2 check', () => {
    expect(liveContext(context, context.employment, 'app-back')?.openApplications).toEqual([])
    expect(liveContext(context, null, undefined)).toMatchObject({
      employment: null,
      openApplications: [sentBack()],
    })
    expect(liveContext(null, null, undefined)).toBeNull()
  })

  it("takes the backend's verdict only for what it was asked about", () => {
    const live = liveContext(context, context.employment, 'app-back') as EligibilityContext
    const key = openDraft('h1', 'CANCELLATION', 'cert-1', undefined, null)?.key as string
    useApplyDrafts.getState().update(key, { reason: '已退休' })
    const draft = useApplyDrafts.getState().drafts[key]
    const refusal = reason({ rule: 'R2', code: 'OPEN_APPLICATION_EXISTS', message: '您尚有未办结的申请事项' })
    const input = {
      type: 'CANCELLATION' as const,
      live,
      draft,
      options: [{ certificate, reasons: [] }],
      attempted: false,
      serverFieldErrors: {},
      certificatesKnown: true,
      certificates: [certificate],
    }
    const own = deriveForm({ ...input, server: null })
    expect(own).toMatchObject({ signature: 'cert-1|', fromServer: false, linkedMissing: false })
    expect(own.verdict.allowed).toBe(true)
    expect(own.built.ok).toBe(true)
    expect(heldText(own)).toBeNull()
    // Nothing typed yet: 下一步 says so instead of asking the backend.
    const empty = deriveForm({ ...input, draft: { ...draft, fields: {} }, attempted: true, server: null })
    expect(heldText(empty)).toBe(BANNERS.incomplete)
    expect(empty.errors.reason).toBeTruthy()
    const server = { verdict: { allowed: false, reasons: [refusal], warnings: [] }, signature: 'cert-1|' }
    expect(deriveForm({ ...input, server })).toMatchObject({ verdict: server.verdict, fromServer: true })
    expect(deriveForm({ ...input, server: { ...server, signature: 'cert-2|' } }).verdict.allowed).toBe(true)
    expect(eligibilityRequest('CANCELLATION', draft, {}, '', 'app-back')).toEqual({
      type: 'CANCELLATION',
      certificateId: 'cert-1',
      applicationId: 'app-back',
    })
  })
})
