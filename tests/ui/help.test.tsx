/**
 * 常见问题 and 大字模式 in the real Taro H5 runtime: the search filters as the holder types (with a
 * message when nothing matches), an answer's button opens the place that fixes it, a refusal links
 * to its entry, and 大字模式 survives a restart.
 */
import React from 'react'
import ReactDOM from 'react-dom'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { connectReactPage, createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import { PageState } from '@/guidance/components/PageState'
import { VerdictPanel } from '@/features/apply/components/VerdictPanel'
import { LargeTextSwitch } from '@/features/display/components/LargeTextSwitch'
import { useDisplay, usePageClassName } from '@/data/display/store'
import { FaqView } from '@/features/help/components/FaqView'
import { FAQ_ENTRIES } from '@/guidance/faq'
import MinePage from '@/pages/mine/index'
import { ApiError } from '@/services/errors'

createReactApp(() => null, React, ReactDOM, {})

const taro = Taro as unknown as Record<string, unknown>
const storage = new Map<string, string>()

beforeEach(() => {
  storage.clear()
  Object.assign(taro, {
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: string) => storage.set(k, v),
    removeStorageSync: (k: string) => storage.delete(k),
    navigateTo: jest.fn(async () => undefined),
    switchTab: jest.fn(async () => undefined),
    showToast: jest.fn(async () => undefined),
  })
})

const tap = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}

async function typeSearch(value: string) {
  // The input inside Taro's web component renders a moment after the page.
  const input = await waitFor(() => {
    const el = screen.getByTestId('faq-search').querySelector('input')
    if (!el) throw new Error('no search input yet')
    return el
  })
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

const listedEntries = () =>
  screen
    .queryAllByTestId(/^faq-entry-/)
    .map((el) => el.getAttribute('data-testid')!.replace('faq-entry-', ''))

describe('常见问题', () => {
  it('lists every question in groups, filters as the holder types, and says when nothing matches', async () => {
    render(<FaqView />)
    expect(listedEntries()).toHaveLength(FAQ_ENTRIES.length)
    expect(screen.getByTestId('faq-group-start')).toBeTruthy()

    await typeSearch('强制注销')
    const found = listedEntries()
    expect(found[0]).toBe('forced-cancellation')
    expect(found.length).toBeLessThan(FAQ_ENTRIES.length)
    expect(screen.getByTestId('faq-count').textContent).toContain(`找到 ${found.length} 个相关问题`)
    // Few results: their answers are open, each ending with its button.
    expect(screen.getByTestId('faq-answer-forced-cancellation').textContent).toContain('劳动仲裁书')
    expect(screen.getByTestId('faq-action-forced-cancellation')).toBeTruthy()

    await typeSearch('火星探测器')
    expect(listedEntries()).toEqual([])
    expect(screen.getByTestId('faq-empty').textContent).toContain('没有找到与「火星探测器」相关的问题')

    await tap(screen.getByTestId('faq-search-clear'))
    expect(screen.queryByTestId('faq-empty')).toBeNull()
    expect(listedEntries()).toHaveLength(FAQ_ENTRIES.length)
  })

  it('opens and closes an answer, and its button goes to the place that fixes it', async () => {
    render(<FaqView />)
    expect(screen.queryByTestId('faq-answer-employer-mismatch')).toBeNull()
    await tap(screen.getByTestId('faq-question-employer-mismatch'))
    expect(screen.getByTestId('faq-answer-employer-mismatch').textContent).toContain('刷新聘用关系')
    await tap(screen.getByTestId('faq-action-employer-mismatch'))
    expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })

    await tap(screen.getByTestId('faq-question-realname-failed'))
    await tap(screen.getByTestId('faq-action-realname-failed'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/identity/realname/index' })

    await tap(screen.getByTestId('faq-question-employer-mismatch'))
    expect(screen.queryByTestId('faq-answer-employer-mismatch')).toBeNull()
  })

  it('opened from a refusal, shows that entry first with its answer open', () => {
    render(<FaqView topic="one-at-a-time" />)
    const focus = screen.getByTestId('faq-focus')
    expect(focus.querySelector('[data-testid="faq-answer-one-at-a-time"]')).toBeTruthy()
    // Listed once: not repeated in its group below.
    expect(screen.getAllByTestId('faq-entry-one-at-a-time')).toHaveLength(1)
  })

  it('draws the photo examples with words, not colour alone', async () => {
    render(<FaqView topic="photo-requirements" />)
    const examples = screen.getByTestId('photo-examples')
    expect(screen.getByTestId('photo-example-good').textContent).toContain('合格')
    expect(screen.getByTestId('photo-example-white').textContent).toContain('不合格：背景不是蓝色')
    expect(examples.querySelectorAll('[data-testid^="photo-example-"]').length).toBeGreaterThanOrEqual(5)
  })
})

describe('我的', () => {
  it('offers 大字模式 and 常见问题, also before signing in', async () => {
    const Page = connectReactPage(React, `mine-${Math.random()}`)(MinePage)
    render(<Page />)
    expect(screen.getByTestId('large-text-switch')).toBeTruthy()
    await tap(screen.getByTestId('open-help'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/help/faq/index' })
  })
})

describe('refusals link to 常见问题', () => {
  it('the error state explains the code and opens its entry', async () => {
    render(
      <PageState
        status="error"
        error={new ApiError('EMPLOYER_MISMATCH', '安管人员聘用企业与申报企业不一致', 409)}
        isEmpty
        onRetry={() => undefined}
      />,
    )
    const help = screen.getByTestId('refusal-help')
    expect(help.getAttribute('data-code')).toBe('EMPLOYER_MISMATCH')
    expect(help.textContent).toContain('必须是您当前的聘用企业')
    await tap(screen.getByTestId('help-link'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/help/faq/index?topic=employer-mismatch' })
  })

  it('a network failure says what to do offline', () => {
    render(<PageState status="error" error={ApiError.client('NETWORK')} isEmpty onRetry={() => undefined} />)
    expect(screen.getByTestId('refusal-help').textContent).toContain('信号好的地方')
    expect(screen.getByTestId('help-link').getAttribute('data-faq')).toBe('network')
  })

  it('each reason of the verdict has its explanation, its fix and the FAQ link', async () => {
    render(
      <VerdictPanel
        verdict={{
          allowed: false,
          reasons: [
            {
              rule: 'R2',
              code: 'OPEN_APPLICATION_EXISTS',
              message: '您尚有未办结的申请事项，请等待办结后再进行申报',
              fix: { kind: 'openApplication', applicationId: 'app-1' },
              fixLabel: '查看未办结的延期复核',
            },
            {
              rule: 'R4',
              code: 'RENEWAL_WINDOW_NOT_OPEN',
              message: '2030-01-01起可以申请',
              fix: { kind: 'waitUntil', date: '2030-01-01' },
              fixLabel: '2030-01-01起可申请',
            },
          ],
          warnings: [],
        }}
      />,
    )
    const reasons = screen.getAllByTestId('verdict-reason')
    expect(reasons).toHaveLength(2)
    expect(reasons[0].querySelector('[data-testid="verdict-why"]')?.textContent).toContain(
      '同时只能有一项业务',
    )
    expect(reasons[0].querySelector('[data-testid="fix-openApplication"]')).toBeTruthy()
    expect(reasons[1].querySelector('[data-testid="fix-waitUntil"]')).toBeTruthy()
    const links = screen.getAllByTestId('help-link')
    expect(links.map((l) => l.getAttribute('data-faq'))).toEqual(['one-at-a-time', 'renewal-window'])
    await tap(links[1])
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/help/faq/index?topic=renewal-window' })
  })
})

describe('大字模式', () => {
  function Screen() {
    return (
      <View className={usePageClassName()} data-testid="page-root">
        <LargeTextSwitch />
      </View>
    )
  }

  it('toggles the large-text class on the page root and says its state in words', async () => {
    const Page = connectReactPage(React, `display-${Math.random()}`)(Screen)
    render(<Page />)
    const root = screen.getByTestId('page-root')
    const toggle = screen.getByTestId('large-text-switch')
    expect(root.className).not.toContain('large-text')
    expect(toggle.getAttribute('data-checked')).toBe('false')
    expect(toggle.textContent).toContain('已关闭')

    await tap(toggle)
    expect(root.className).toContain('large-text')
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    expect(toggle.textContent).toContain('已开启')

    await tap(toggle)
    expect(root.className).not.toContain('large-text')
  })

  it('persists across a restart of the app', async () => {
    render(<Screen />)
    await tap(screen.getByTestId('large-text-switch'))
    expect(JSON.parse(storage.get('anguan.display') ?? '{}')).toMatchObject({ state: { largeText: true } })

    // A restart: memory is gone, storage stays (setState writes through, so put the saved copy back).
    const saved = storage.get('anguan.display')!
    act(() => useDisplay.setState({ largeText: false }))
    expect(screen.getByTestId('page-root').className).not.toContain('large-text')
    storage.set('anguan.display', saved)
    await act(async () => {
      await useDisplay.persist.rehydrate()
    })
    expect(useDisplay.getState().largeText).toBe(true)
    expect(screen.getByTestId('page-root').className).toContain('large-text')
  })

  it('ignores a damaged stored value', async () => {
    storage.set('anguan.display', JSON.stringify({ state: { largeText: 'yes' }, version: 1 }))
    await act(async () => {
      await useDisplay.persist.rehydrate()
    })
    expect(useDisplay.getState().largeText).toBe(false)
  })
})
