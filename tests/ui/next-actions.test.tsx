/**
 * Nothing on 办事详情 promises what the app cannot do: for every type in every status (and every
 * step a holder waits at), each action the next-step text offers has its button on the page, and a
 * text without a button says who acts or where to go.
 */
import React from 'react'
import ReactDOM from 'react-dom'
import Taro from '@tarojs/taro'
import { render, screen, cleanup } from '@testing-library/react'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import {
  advanceApplication,
  forceTransfer,
  initialHistory,
  initialSteps,
  nextAction,
  refuse,
  sendBack,
  withdraw,
  type Application,
  type ApplicationType,
  type NextActionKind,
} from '@/domain'
import { ApplicationDetail } from '@/features/applications/components/ApplicationDetail'
import { useProfile } from '@/data/profile/store'

createReactApp(() => null, React, ReactDOM, {})

const T = '2026-03-01T02:00:00.000Z'
const TYPES: ApplicationType[] = [
  'RENEWAL',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'CHANGE_EMPLOYER',
  'CANCELLATION',
  'INFO_CHANGE',
]

/** The label of the button each action needs. */
const BUTTONS: Record<NextActionKind, RegExp> = {
  resubmit: /修改后重新提交/,
  withdraw: /撤回申请/,
  study: /打开学习链接|复制链接/,
  viewCertificate: /查看证书/,
  approvalCertificate: /查看跨省变更批准证明/,
  applyAgain: /重新申报/,
}

const config = {
  renewalWindowMonths: 3,
  transferInWarnDays: 90,
  photo: {
    width: 358,
    height: 441,
    maxBytes: 51200,
    minSourceWidth: 358,
    minSourceHeight: 441,
    hueMin: 185,
    hueMax: 230,
    minSaturation: 0.3,
    minValue: 0.3,
  },
  studyLinkHosts: ['study.example.cn'],
  subscribeTemplates: { expiry: 'a', applicationStatus: 'b' },
  contacts: [],
}

beforeEach(() => {
  Object.assign(Taro as unknown as Record<string, unknown>, { navigateTo: jest.fn(async () => undefined) })
  useProfile.setState({
    config: { status: 'ready', data: config, error: null, refreshing: false } as never,
    loadConfig: async () => config,
  })
})
afterEach(cleanup)

function start(type: ApplicationType): Application {
  return {
    id: `app-${type}`,
    type,
    status: 'IN_PROGRESS',
    certificateId: 'cert-1',
    certificateNumber: '皖建安C3（2019）0012345',
    category: 'C3',
    createdAt: T,
    updatedAt: T,
    steps: initialSteps(type, T),
    history: initialHistory(type, T),
    fields: type === 'INFO_CHANGE' ? { position: '安全部经理' } : {},
    employer: { name: '接收企业', uscc: '91340100MA2NXK3P0X' },
  }
}

/** Every situation a holder can meet: each waiting step, each way it ends, sent back anywhere. */
function situations(type: ApplicationType): Array<[string, Application]> {
  const out: Array<[string, Application]> = []
  let a = start(type)
  const studied = (x: Application) =>
    type === 'RENEWAL'
      ? { ...x, study: { url: 'https://study.example.cn/c/1', hoursRequired: 2, hoursDone: 0 } }
      : x
  for (let i = 0; a.status === 'IN_PROGRESS' && i < 8; i++) {
    out.push([`waiting ${i}`, a])
    out.push([`sent back ${i}`, sendBack(a, '材料不全', T)])
    out.push([`refused ${i}`, refuse(a, '不符合条件', T)])
    if (type === 'RENEWAL' && a.steps.find((s) => s.state === 'CURRENT')?.key === 'study') {
      a = studied(a)
      out.push(['studying', a])
      a = { ...a, study: { ...a.study!, hoursDone: 2 } }
      out.push(['studied', a])
    }
    if (
      type === 'CHANGE_EMPLOYER' &&
      a.steps.find((s) => s.state === 'CURRENT')?.key === 'oldEmployerConfirm'
    ) {
      out.push(['forced', forceTransfer(a, 'NOT_COOPERATING', T)])
    }
    a = advanceApplication(a, T)
  }
  out.push(['completed', a])
  if (type !== 'INFO_CHANGE') out.push(['withdrawn', withdraw(start(type), T)])
  return out
}

const buttonsOnScreen = () =>
  Array.from(document.querySelectorAll('taro-button-core, button')).map((b) => b.textContent ?? '')

describe('every next-step text has its button or names who acts', () => {
  for (const type of TYPES) {
    it(type, () => {
      for (const [name, application] of situations(type)) {
        const next = nextAction(application)
        render(<ApplicationDetail application={application} onChanged={() => undefined} />)
        expect([name, screen.getByTestId('next-action').textContent]).toEqual([name, next.text])
        const buttons = buttonsOnScreen()
        for (const action of next.actions) {
          expect([name, action, buttons.some((b) => BUTTONS[action].test(b))]).toEqual([name, action, true])
        }
        if (next.actions.length === 0) {
          expect([name, /等待|企业|主管部门|联系|咨询/.test(next.text)]).toEqual([name, true])
        }
        // And the other way round: a text that offers a step has the action behind it.
        if (/点「修改后重新提交」/.test(next.text)) expect(next.actions).toContain('resubmit')
        if (/打开学习链接完成/.test(next.text)) expect(next.actions).toContain('study')
        if (/重新申报/.test(next.text) && type !== 'INFO_CHANGE') expect(next.actions).toContain('applyAgain')
        cleanup()
      }
    })
  }
})
