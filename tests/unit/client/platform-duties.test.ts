/**
 * Duties of a published mini-program, on the client's own code with WeChat's API mocked: the page
 * stack never overflows (at 9 pages the next open replaces the current one), a downloaded new
 * version is offered as a restart, and a client older than the backend's minimum must restart.
 */
import { go, MAX_STACK_BEFORE_REPLACE } from '../../../src/services/navigation'

const mockTaro = {
  getCurrentPages: jest.fn(() => [] as unknown[]),
  navigateTo: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  switchTab: jest.fn(async () => undefined),
  showToast: jest.fn(async () => undefined),
  showModal: jest.fn(async () => ({ confirm: true, cancel: false })),
  canIUse: jest.fn(() => true),
  getUpdateManager: jest.fn(),
  getStorageSync: () => '',
  setStorageSync: () => undefined,
  removeStorageSync: () => undefined,
}
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  get default() {
    return mockTaro
  },
}))

;(globalThis as { APP_VERSION?: string }).APP_VERSION = '0.1.0'

beforeEach(() => jest.clearAllMocks())

describe('page stack', () => {
  it('opens pages normally below 9, and replaces the current one from 9 on', async () => {
    mockTaro.getCurrentPages.mockReturnValue(new Array(8).fill({}))
    await go('/packages/apply/guide/index?topic=FORCED_TRANSFER')
    expect(mockTaro.navigateTo).toHaveBeenCalledTimes(1)
    expect(mockTaro.redirectTo).not.toHaveBeenCalled()

    mockTaro.getCurrentPages.mockReturnValue(new Array(MAX_STACK_BEFORE_REPLACE).fill({}))
    await go('/packages/help/faq/index?topic=network')
    expect(mockTaro.redirectTo).toHaveBeenCalledWith({ url: '/packages/help/faq/index?topic=network' })
    expect(mockTaro.navigateTo).toHaveBeenCalledTimes(1)
    expect(mockTaro.showToast).not.toHaveBeenCalled()
  })

  it('tabs are switched to whatever the depth', async () => {
    mockTaro.getCurrentPages.mockReturnValue(new Array(9).fill({}))
    await go('/pages/work/index')
    expect(mockTaro.switchTab).toHaveBeenCalledWith({ url: '/pages/work/index' })
  })
})

describe('updates', () => {
  function manager() {
    const handlers: { ready?: () => void; failed?: () => void } = {}
    const m = {
      onUpdateReady: (fn: () => void) => (handlers.ready = fn),
      onUpdateFailed: (fn: () => void) => (handlers.failed = fn),
      applyUpdate: jest.fn(),
      handlers,
    }
    mockTaro.getUpdateManager.mockReturnValue(m)
    return m
  }

  it('offers a restart when a new version is ready; the holder may wait', async () => {
    const m = manager()
    jest.isolateModules(() => {
      require('../../../src/features/update/update').startUpdateCare()
    })
    mockTaro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    m.handlers.ready?.()
    await new Promise((r) => setTimeout(r, 0))
    expect(mockTaro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '新版本已准备好' }))
    expect(m.applyUpdate).not.toHaveBeenCalled()
  })

  it('a client older than the backend minimum must restart once the new version is ready', async () => {
    const m = manager()
    let check: (minimum?: string, current?: string) => boolean = () => false
    jest.isolateModules(() => {
      const update = require('../../../src/features/update/update')
      update.startUpdateCare()
      check = update.checkClientVersion
    })
    expect(check('0.1.0', '0.1.0')).toBe(false)
    expect(mockTaro.showModal).not.toHaveBeenCalled()
    expect(check('0.2.0', '0.1.0')).toBe(true)
    await new Promise((r) => setTimeout(r, 0))
    expect(mockTaro.showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '需要更新', showCancel: false }),
    )
    m.handlers.ready?.()
    await new Promise((r) => setTimeout(r, 0))
    expect(mockTaro.showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '需要更新', confirmText: '立即重启', showCancel: false }),
    )
    expect(m.applyUpdate).toHaveBeenCalledTimes(1)
  })
})
