/**
 * 办理说明 in the real Taro H5 runtime: every topic's buttons carry the words of the destinations
 * table and open its page, as they did when each topic named its own places.
 */
import React from 'react'
import ReactDOM from 'react-dom'
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import { GuideView } from '@/features/guides/components/GuideView'
import { GUIDE_TOPICS } from '@/guidance/guides'

createReactApp(() => null, React, ReactDOM, {})

const taro = Taro as unknown as Record<string, jest.Mock>

beforeEach(() => {
  Object.assign(taro, {
    navigateTo: jest.fn(async () => undefined),
    switchTab: jest.fn(async () => undefined),
    showToast: jest.fn(async () => undefined),
  })
})

/** The buttons each topic showed before the destinations table, with the page each one opened. */
const EXPECTED: Record<string, [string, string][]> = {
  FORCED_TRANSFER: [
    ['去办理证书变更', '/packages/apply/form/index?type=CHANGE_EMPLOYER'],
    ['查看我的办事', '/pages/work/index'],
  ],
  FORCED_CANCELLATION: [['回到首页', '/pages/index/index']],
  RETAKE_EXAM: [['回到首页', '/pages/index/index']],
  CONSTRUCTOR_CHANGE: [],
  SOURCE_TRANSFER_OUT: [['查看聘用关系', '/pages/mine/index']],
  EMPLOYER_INFO_CHANGE: [
    ['去实名认证', '/packages/identity/realname/index'],
    ['上传蓝底证件照', '/packages/identity/photo/index'],
  ],
  CONTINUING_EDUCATION: [['回到首页', '/pages/index/index']],
}

describe('办理说明 buttons', () => {
  it.each(GUIDE_TOPICS.map((t) => [t]))('%s: each button opens its place', async (topic) => {
    const { unmount } = render(<GuideView topic={topic} />)
    const guide = screen.getByTestId(`guide-${topic}`)
    const section = guide.querySelector('.guide__actions')
    const buttons = section
      ? Array.from(section.querySelectorAll('button, taro-button-core, .nut-button'))
      : []
    const expected = EXPECTED[topic]
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(expected.map(([label]) => label))
    for (const [i, [, url]] of expected.entries()) {
      await act(async () => {
        fireEvent.click(buttons[i])
      })
      const opened = [...taro.navigateTo.mock.calls, ...taro.switchTab.mock.calls].map((c) => c[0].url)
      expect(opened[opened.length - 1]).toBe(url)
      taro.navigateTo.mockClear()
      taro.switchTab.mockClear()
    }
    unmount()
  })
})
