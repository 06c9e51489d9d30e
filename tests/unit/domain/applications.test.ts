import {
  ACTOR_LABELS,
  advanceApplication,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TYPE_LABELS,
  canWithdraw,
  completionEffect,
  currentStep,
  DomainError,
  fieldsToCorrect,
  forceTransfer,
  initialHistory,
  initialSteps,
  isStudying,
  isOpen,
  nextAction,
  nextActionText,
  refuse,
  resubmit,
  sendBack,
  STEP_TEMPLATES,
  withdraw,
  type Application,
  type ApplicationType,
  type Certificate,
  type ErrorCode,
} from '../../../src/domain'

const T0 = '2025-03-01T08:00:00.000Z'
const T1 = '2025-03-02T08:00:00.000Z'
const T2 = '2025-03-03T08:00:00.000Z'

function app(type: ApplicationType, over: Partial<Application> = {}): Application {
  return {
    id: 'app1',
    type,
    status: 'IN_PROGRESS',
    certificateId: 'c1',
    certificateNumber: '皖建安B（2021）0012345',
    category: 'B',
    createdAt: T0,
    updatedAt: T0,
    steps: initialSteps(type, T0),
    fields: {},
    ...over,
  }
}

const certificate: Certificate = {
  id: 'c1',
  number: '皖建安B（2021）0012345',
  category: 'B',
  holderName: '张三',
  idNumberMasked: '340***********123X',
  employer: { name: '安徽建工集团', uscc: '913400001000000001' },
  issuedOn: '2022-06-30',
  validUntil: '2025-06-30',
  recordStatus: 'ACTIVE',
  province: '皖',
}

function expectDomainError(fn: () => unknown, code: ErrorCode, text?: string) {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError)
    expect((e as DomainError).code).toBe(code)
    if (text) expect((e as DomainError).message).toContain(text)
    return
  }
  throw new Error('expected a DomainError')
}

const states = (a: Application) => a.steps.map((s) => s.state)

describe('workflow step templates', () => {
  it('lists the steps and actors of every type', () => {
    const labels = (t: ApplicationType) => STEP_TEMPLATES[t].map((s) => `${s.label}/${s.actor}`)
    expect(labels('RENEWAL')).toEqual([
      '本人申报/HOLDER',
      '聘用企业提交/EMPLOYER',
      '市级审核/CITY',
      '学习/HOLDER',
      '省级学时审核/PROVINCE',
    ])
    expect(labels('TRANSFER_IN')).toEqual([
      '本人登记/HOLDER',
      '聘用企业提交变更申请/EMPLOYER',
      '市级审批/CITY',
    ])
    expect(labels('TRANSFER_OUT')).toEqual(['本人申请/HOLDER', '原聘用企业提交/EMPLOYER', '市级审批/CITY'])
    expect(labels('CHANGE_EMPLOYER')).toEqual([
      '本人登记/HOLDER',
      '接收企业提交/EMPLOYER',
      '原企业确认/OLD_EMPLOYER',
      '市级审批/CITY',
    ])
    expect(labels('CANCELLATION')).toEqual(['本人申请/HOLDER', '企业同意/EMPLOYER', '市级审批/CITY'])
    expect(labels('INFO_CHANGE')).toEqual(['企业申请/EMPLOYER', '市级审批/CITY'])
    for (const t of Object.keys(STEP_TEMPLATES) as ApplicationType[]) {
      const keys = STEP_TEMPLATES[t].map((s) => s.key)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('labels actors, statuses and types', () => {
    expect(ACTOR_LABELS).toEqual({
      HOLDER: '本人',
      EMPLOYER: '聘用企业',
      OLD_EMPLOYER: '原聘用企业',
      CITY: '市级主管部门',
      PROVINCE: '省级主管部门',
    })
    expect(APPLICATION_STATUS_LABELS).toEqual({
      IN_PROGRESS: '办理中',
      SENT_BACK: '已退回',
      COMPLETED: '已办结',
      REFUSED: '未通过',
      WITHDRAWN: '已撤回',
    })
    expect(Object.values(APPLICATION_TYPE_LABELS)).toEqual([
      '延期复核',
      '跨省转入',
      '跨省转出',
      '证书变更',
      '证书注销',
      '信息变更',
    ])
  })

  it('starts with the first step done and the second current', () => {
    const steps = initialSteps('RENEWAL', T0)
    expect(steps.map((s) => s.state)).toEqual(['DONE', 'CURRENT', 'PENDING', 'PENDING', 'PENDING'])
    expect(steps[0].at).toBe(T0)
    expect(steps[1].at).toBeUndefined()
    expect(initialSteps('INFO_CHANGE', T0).map((s) => s.state)).toEqual(['DONE', 'CURRENT'])
  })
})

describe('workflow advance', () => {
  it('walks a transfer out to 办结 without mutating its input', () => {
    const a0 = app('TRANSFER_OUT')
    const snapshot = JSON.parse(JSON.stringify(a0))
    const a1 = advanceApplication(a0, T1)
    expect(a0).toEqual(snapshot)
    expect(states(a1)).toEqual(['DONE', 'DONE', 'CURRENT'])
    expect(a1.steps[1].at).toBe(T1)
    expect(a1.updatedAt).toBe(T1)
    expect(currentStep(a1)?.actor).toBe('CITY')
    const a2 = advanceApplication(a1, T2)
    expect(a2.status).toBe('COMPLETED')
    expect(states(a2)).toEqual(['DONE', 'DONE', 'DONE'])
    expect(currentStep(a2)).toBeUndefined()
    expect(isOpen(a2)).toBe(false)
    expectDomainError(() => advanceApplication(a2, T2), 'VALIDATION_FAILED', '已办结')
  })

  it('a renewal cannot pass 学习 without a study link and all hours', () => {
    let a = advanceApplication(advanceApplication(app('RENEWAL'), T1), T1)
    expect(currentStep(a)?.key).toBe('study')
    expect(nextActionText(a)).toContain('等待市级主管部门发布学习链接')
    expectDomainError(() => advanceApplication(a, T2), 'VALIDATION_FAILED', '学习链接')
    a = { ...a, study: { url: 'https://study.example.cn/c/1', hoursRequired: 24, hoursDone: 23 } }
    expect(nextActionText(a)).toBe('请打开学习链接完成学时（已完成23学时，需24学时）')
    expectDomainError(() => advanceApplication(a, T2), 'VALIDATION_FAILED', '已完成23学时')
    a = { ...a, study: { url: 'https://study.example.cn/c/1', hoursRequired: 24, hoursDone: 24 } }
    expect(nextActionText(a)).toContain('学时已完成')
    const b = advanceApplication(a, T2)
    expect(currentStep(b)?.actor).toBe('PROVINCE')
    expect(nextActionText(b)).toBe('等待省级主管部门审核学时')
    expect(advanceApplication(b, T2).status).toBe('COMPLETED')
  })

  it('refuses to advance a sent-back, refused or withdrawn application', () => {
    const sent = sendBack(app('CANCELLATION'), '材料不全', T1)
    expectDomainError(() => advanceApplication(sent, T2), 'VALIDATION_FAILED', '已退回')
    expectDomainError(
      () => advanceApplication(withdraw(app('CANCELLATION'), T1), T2),
      'VALIDATION_FAILED',
      '已撤回',
    )
    expectDomainError(
      () => advanceApplication(refuse(app('CANCELLATION'), '不符合', T1), T2),
      'VALIDATION_FAILED',
    )
  })
})

describe('workflow send back, resubmit, refuse', () => {
  it('sends back at the current step with the reason', () => {
    const a = advanceApplication(app('CHANGE_EMPLOYER'), T1)
    const b = sendBack(a, '  原企业不同意  ', T2)
    expect(b.status).toBe('SENT_BACK')
    expect(b.steps[2]).toMatchObject({
      key: 'oldEmployerConfirm',
      state: 'SENT_BACK',
      reason: '原企业不同意',
      at: T2,
    })
    expect(currentStep(b)?.key).toBe('oldEmployerConfirm')
    expect(isOpen(b)).toBe(true)
    expect(nextAction(b)).toEqual({
      text: '申请被退回：原企业不同意。请点「修改后重新提交」改正后再提交，或撤回申请',
      actions: ['resubmit', 'withdraw'],
    })
    expectDomainError(() => sendBack(a, '   ', T2), 'VALIDATION_FAILED', '退回原因')
    expectDomainError(() => sendBack(b, '再退', T2), 'VALIDATION_FAILED')
  })

  it('names the fields to correct, only ones the holder fills in', () => {
    const a = app('TRANSFER_IN')
    const b = sendBack(a, '有效期与原证书不符', T1, ['validUntil', 'category', 'validUntil'])
    expect(b.steps[1]).toMatchObject({ state: 'SENT_BACK', fields: ['validUntil', 'category'] })
    expect(fieldsToCorrect(b)).toEqual([
      { name: 'validUntil', label: '有效期至' },
      { name: 'category', label: '类别' },
    ])
    expect(nextActionText(b)).toContain('（需修改：有效期至、类别）')
    expectDomainError(() => sendBack(a, '理由', T1, ['idNumber']), 'VALIDATION_FAILED', '原证书编号')
    expectDomainError(() => sendBack(app('INFO_CHANGE'), '理由', T1, ['reason']), 'VALIDATION_FAILED')
  })

  it('resubmits the same application to the step that sent it back, its history kept', () => {
    const a = advanceApplication(
      { ...app('CHANGE_EMPLOYER'), history: initialHistory('CHANGE_EMPLOYER', T0) },
      T1,
    )
    const back = sendBack(a, '原企业不同意', T1)
    const b = resubmit(back, { note: 'x' }, T2)
    expect(b.id).toBe(a.id)
    expect(b.status).toBe('IN_PROGRESS')
    expect(states(b)).toEqual(['DONE', 'DONE', 'CURRENT', 'PENDING'])
    expect(b.steps[0].at).toBe(T0)
    expect(b.steps[2].reason).toBeUndefined()
    expect(b.fields).toEqual({ note: 'x' })
    expect(nextActionText(b)).toContain('等待原聘用企业确认')
    expect(b.history?.map((e) => e.kind)).toEqual(['SUBMITTED', 'ADVANCED', 'SENT_BACK', 'RESUBMITTED'])
    expect(b.history?.[2]).toMatchObject({
      actor: 'OLD_EMPLOYER',
      step: '原企业确认',
      reason: '原企业不同意',
    })
    expectDomainError(() => resubmit(b, {}, T2), 'VALIDATION_FAILED', '只有被退回的申请')
    expectDomainError(() => resubmit(sendBack(app('INFO_CHANGE'), '照片', T1), {}, T2), 'VALIDATION_FAILED')
  })

  it('a renewal sent back at 学习 returns to 学习', () => {
    let a = advanceApplication(advanceApplication(app('RENEWAL'), T1), T1)
    a = resubmit(sendBack(a, '学时记录异常', T2), {}, T2)
    expect(states(a)).toEqual(['DONE', 'DONE', 'DONE', 'CURRENT', 'PENDING'])
  })

  it('refuses finally with the reason shown to the holder', () => {
    const a = advanceApplication(app('TRANSFER_OUT'), T1)
    const r = refuse(a, '转入省份不接收', T2)
    expect(r.status).toBe('REFUSED')
    expect(r.steps[2]).toMatchObject({ state: 'DONE', reason: '转入省份不接收', at: T2 })
    expect(isOpen(r)).toBe(false)
    expect(nextActionText(r)).toContain('未通过：转入省份不接收')
    expect(refuse(sendBack(a, '补材料', T1), '逾期未补', T2).status).toBe('REFUSED')
    expectDomainError(() => refuse(r, '再拒', T2), 'VALIDATION_FAILED')
    expectDomainError(() => refuse(a, '', T2), 'VALIDATION_FAILED')
  })
})

describe('workflow withdraw', () => {
  it('is allowed while no enterprise or authority has acted', () => {
    const a = app('RENEWAL')
    expect(canWithdraw(a)).toBe(true)
    const w = withdraw(a, T1)
    expect(w.status).toBe('WITHDRAWN')
    expect(w.updatedAt).toBe(T1)
    expect(states(w)).toEqual(['DONE', 'PENDING', 'PENDING', 'PENDING', 'PENDING'])
    expect(nextActionText(w)).toContain('已撤回')
    expect(isOpen(w)).toBe(false)
  })

  it('is refused once the enterprise has acted, unless sent back', () => {
    const a = advanceApplication(app('RENEWAL'), T1)
    expect(canWithdraw(a)).toBe(false)
    expectDomainError(() => withdraw(a, T2), 'NOT_WITHDRAWABLE', '不能撤回')
    const b = sendBack(a, '材料不全', T2)
    expect(canWithdraw(b)).toBe(true)
    expect(withdraw(b, T2).status).toBe('WITHDRAWN')
  })

  it('is refused for closed applications and for enterprise-started information changes', () => {
    const done = advanceApplication(advanceApplication(app('CANCELLATION'), T1), T1)
    expect(canWithdraw(done)).toBe(false)
    expectDomainError(() => withdraw(done, T2), 'NOT_WITHDRAWABLE', '已办结')
    expectDomainError(() => withdraw(withdraw(app('CANCELLATION'), T1), T2), 'NOT_WITHDRAWABLE', '已撤回')
    const info = app('INFO_CHANGE')
    expect(canWithdraw(info)).toBe(false)
    expect(canWithdraw(sendBack(info, '照片不清晰', T1))).toBe(false)
    expectDomainError(() => withdraw(info, T1), 'NOT_WITHDRAWABLE', '聘用企业')
  })
})

describe('workflow next action text', () => {
  it('says who acts next for every waiting step', () => {
    expect(nextActionText(app('RENEWAL'))).toBe('等待聘用企业提交')
    expect(nextActionText(advanceApplication(app('RENEWAL'), T1))).toBe('等待市级主管部门审核')
    expect(nextActionText(app('TRANSFER_IN'))).toContain('接收企业提交变更申请')
    expect(nextActionText(app('TRANSFER_OUT'))).toContain('等待原聘用企业')
    expect(nextActionText(app('TRANSFER_OUT', { filingEmployer: { name: '甲公司', uscc: 'x' } }))).toContain(
      '原聘用企业「甲公司」',
    )
    expect(nextActionText(advanceApplication(app('TRANSFER_OUT'), T1))).toBe('等待市级主管部门审批')
    expect(nextActionText(app('CANCELLATION'))).toContain('等待证书上的企业同意注销')
    expect(nextActionText(advanceApplication(app('CHANGE_EMPLOYER'), T1))).toContain('强制调动')
    expect(nextActionText(sendBack(app('INFO_CHANGE'), '照片不清晰', T1))).toContain('等待聘用企业修改')
  })

  it('says 已办结 with the effect; a transfer out tells the whole path and offers the approval', () => {
    const done = advanceApplication(advanceApplication(app('TRANSFER_OUT'), T1), T1)
    expect(nextActionText(done)).toMatch(/^已办结/)
    expect(nextActionText(done)).toMatch(/下载并打印「跨省变更批准证明」.*盖章.*转入省份/)
    expect(nextAction(done).actions).toEqual(['approvalCertificate'])
  })

  it('offers the study link only while 学习 is the current step', () => {
    const study = { url: 'https://s.example.cn', hoursRequired: 2, hoursDone: 0 }
    const atStudy = { ...advanceApplication(advanceApplication(app('RENEWAL'), T1), T1), study }
    expect(isStudying(atStudy)).toBe(true)
    expect(nextAction(atStudy).actions).toEqual(['study'])
    let done: Application = { ...atStudy, study: { ...study, hoursDone: 2 } }
    while (done.status === 'IN_PROGRESS') done = advanceApplication(done, T2)
    expect(isStudying(done)).toBe(false)
    expect(nextAction(done).actions).toEqual(['viewCertificate'])
  })

  it("强制调动 replaces the old employer's confirmation, never shown as confirmed", () => {
    const waiting = advanceApplication(app('CHANGE_EMPLOYER'), T1)
    const forced = forceTransfer(waiting, 'DEREGISTERED', T2)
    expect(forced.steps.map((s) => [s.label, s.state])).toEqual([
      ['本人登记', 'DONE'],
      ['接收企业提交', 'DONE'],
      ['接收企业申请强制调动（原企业已注销）', 'DONE'],
      ['市级主管部门审批强制调动', 'CURRENT'],
    ])
    expect(forced.steps.some((s) => s.label.includes('原企业确认'))).toBe(false)
    expect(nextActionText(forced)).toContain('等待市级主管部门审批强制调动')
    const done = advanceApplication(forced, T2)
    expect(done.status).toBe('COMPLETED')
    expect(done.steps.every((s) => s.actor !== 'OLD_EMPLOYER')).toBe(true)
    expectDomainError(() => forceTransfer(app('CHANGE_EMPLOYER'), 'NOT_COOPERATING', T2), 'VALIDATION_FAILED')
    expectDomainError(() => forceTransfer(forced, 'NOT_COOPERATING', T2), 'VALIDATION_FAILED')
  })
})

describe('workflow completion effect', () => {
  const complete = (a: Application) => {
    let x = a
    if (x.type === 'RENEWAL')
      x = { ...x, study: { url: 'https://s.example.cn', hoursRequired: 1, hoursDone: 1 } }
    while (x.status === 'IN_PROGRESS') x = advanceApplication(x, T2)
    return x
  }

  it('renewal adds 3 years to the old expiry date, not to today', () => {
    expect(completionEffect(complete(app('RENEWAL')), certificate, '2025-05-01')).toEqual({
      kind: 'extendValidity',
      validUntil: '2028-06-30',
    })
    expect(
      completionEffect(complete(app('RENEWAL')), { ...certificate, validUntil: '2024-02-29' }, '2024-02-01'),
    ).toEqual({ kind: 'extendValidity', validUntil: '2027-02-28' })
    expectDomainError(() => completionEffect(complete(app('RENEWAL')), undefined, '2025-05-01'), 'NOT_FOUND')
  })

  it('maps every other type', () => {
    const employer = { name: '新企业', uscc: '91340100MA2NXK3P0X' }
    expect(completionEffect(complete(app('TRANSFER_OUT')), certificate, '2025-05-01')).toEqual({
      kind: 'setRecordStatus',
      status: 'TRANSFERRED_OUT',
    })
    expect(completionEffect(complete(app('CANCELLATION')), certificate, '2025-05-01')).toEqual({
      kind: 'setRecordStatus',
      status: 'CANCELLED',
    })
    expect(
      completionEffect(complete(app('CHANGE_EMPLOYER', { employer })), certificate, '2025-05-01'),
    ).toEqual({
      kind: 'setEmployer',
      employer,
    })
    expectDomainError(
      () => completionEffect(complete(app('CHANGE_EMPLOYER')), certificate, '2025-05-01'),
      'VALIDATION_FAILED',
    )
    expect(completionEffect(complete(app('TRANSFER_IN')), undefined, '2025-05-01')).toEqual({
      kind: 'createCertificate',
    })
    const info = app('INFO_CHANGE', { fields: { position: ' 安全部经理 ', photo: true, employerName: '' } })
    expect(completionEffect(complete(info), certificate, '2025-05-01')).toEqual({
      kind: 'applyInfoChange',
      changes: { position: '安全部经理', photo: true },
    })
  })

  it('has no effect before 办结', () => {
    expectDomainError(
      () => completionEffect(app('CANCELLATION'), certificate, '2025-05-01'),
      'VALIDATION_FAILED',
    )
  })
})
