import { initialResource, resourceSlot, type ResourceState } from '../../../src/services/resource'
import { ApiError } from '../../../src/services/errors'

/** A fetch whose answer the test releases when it likes, as a slow network would. */
function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject, fetcher: jest.fn(() => promise) }
}

function slotWithState<T>(initial: T) {
  let state: ResourceState<T> = initialResource(initial)
  const slot = resourceSlot<T>((p) => {
    state = { ...state, ...p }
  })
  return { slot, get: () => state }
}

describe('resourceSlot: what the screen shows when answers cross on a slow network', () => {
  test('a page shown while 「刷新聘用关系」 runs does not put the old record back', async () => {
    const { slot, get } = slotWithState('旧企业')
    const refresh = deferred<string>()
    const read = deferred<string>()
    const refreshing = slot.refresh(refresh.fetcher)
    const reading = slot.read(read.fetcher)
    expect(read.fetcher).not.toHaveBeenCalled()
    refresh.resolve('新企业')
    await Promise.all([refreshing, reading])
    expect(get()).toMatchObject({ data: '新企业', status: 'ready' })
    expect(await reading).toBe('新企业')
  })

  test('a read that answers after a newer refresh is ignored', async () => {
    const { slot, get } = slotWithState('旧企业')
    const read = deferred<string>()
    const refresh = deferred<string>()
    const reading = slot.read(read.fetcher)
    const refreshing = slot.refresh(refresh.fetcher)
    refresh.resolve('新企业')
    await refreshing
    expect(get()).toMatchObject({ data: '新企业', status: 'ready' })
    read.resolve('旧企业')
    await reading
    expect(get()).toMatchObject({ data: '新企业', status: 'ready' })
  })

  test('a late failure of a superseded read does not turn a good screen into an error', async () => {
    const { slot, get } = slotWithState('旧企业')
    const read = deferred<string>()
    const refresh = deferred<string>()
    const reading = slot.read(read.fetcher)
    const refreshing = slot.refresh(refresh.fetcher)
    refresh.resolve('新企业')
    await refreshing
    read.reject(new ApiError('TIMEOUT', '网络较慢，请求超时'))
    await reading
    expect(get()).toMatchObject({ data: '新企业', status: 'ready', error: null })
  })

  test('a page asking twice while its read is on the way sends one request, and both get its answer', async () => {
    const { slot, get } = slotWithState(0)
    const first = deferred<number>()
    const a = slot.read(first.fetcher)
    const again = jest.fn(() => Promise.resolve(99))
    const b = slot.read(again)
    first.resolve(1)
    expect(await a).toBe(1)
    expect(await b).toBe(1)
    expect(again).not.toHaveBeenCalled()
    expect(get()).toMatchObject({ data: 1, status: 'ready' })
    // Once answered, the next read goes to the backend again.
    await slot.read(again)
    expect(again).toHaveBeenCalledTimes(1)
    expect(get().data).toBe(99)
  })

  test('a failed refresh keeps the last good data and shows the error; a read afterwards runs', async () => {
    const { slot, get } = slotWithState('旧企业')
    await slot.refresh(() => Promise.reject(new ApiError('SERVICE_UNAVAILABLE', '服务暂时不可用')))
    expect(get()).toMatchObject({ data: '旧企业', status: 'error' })
    expect(get().error?.message).toBe('服务暂时不可用')
    const read = jest.fn(() => Promise.resolve('旧企业'))
    await slot.read(read)
    expect(read).toHaveBeenCalledTimes(1)
    expect(get()).toMatchObject({ status: 'ready', error: null })
  })

  test('after sign-out, an answer still on its way is dropped', async () => {
    const { slot, get } = slotWithState<string | null>(null)
    const refresh = deferred<string | null>()
    const refreshing = slot.refresh(refresh.fetcher)
    slot.reset()
    const read = jest.fn(() => Promise.resolve(null))
    await slot.read(read)
    expect(read).toHaveBeenCalledTimes(1)
    refresh.resolve('上一位持证人的企业')
    await refreshing
    expect(get().data).toBeNull()
  })

  test('「刷新」 is held only while a refresh runs: a page’s own read leaves it free, and a tap then wins', async () => {
    const { slot, get } = slotWithState('旧企业')
    const read = deferred<string>()
    const reading = slot.read(read.fetcher)
    expect(get()).toMatchObject({ status: 'loading', refreshing: false })
    const refresh = deferred<string>()
    const refreshing = slot.refresh(refresh.fetcher)
    expect(get()).toMatchObject({ status: 'loading', refreshing: true })
    read.resolve('旧企业')
    await reading
    expect(get().refreshing).toBe(true)
    refresh.resolve('新企业')
    await refreshing
    expect(get()).toMatchObject({ data: '新企业', status: 'ready', refreshing: false })
  })

  test('a profile read still on its way does not undo 实名认证 just confirmed', async () => {
    const { slot, get } = slotWithState('未实名')
    const read = deferred<string>()
    const reading = slot.read(read.fetcher)
    slot.put('已实名')
    read.resolve('未实名')
    await reading
    expect(get()).toMatchObject({ data: '已实名', status: 'ready' })
  })
})
