// A wx global for miniprogram-simulate: in-memory storage that behaves like WeChat's (missing key
// -> ''), and a wx.request that performs a real HTTP call, so the compiled weapp code talks to the
// reference backend end to end.
const http = require('node:http')

function createWx({ onRequest } = {}) {
  const storage = new Map()
  const calls = { login: 0, requests: [], applyUpdate: 0 }
  const updateManager = {
    handlers: {},
    onCheckForUpdate: (fn) => (updateManager.handlers.check = fn),
    onUpdateReady: (fn) => (updateManager.handlers.ready = fn),
    onUpdateFailed: (fn) => (updateManager.handlers.failed = fn),
    applyUpdate: () => (calls.applyUpdate += 1),
  }

  function request(options) {
    const url = new URL(options.url)
    const method = (options.method || 'GET').toUpperCase()
    let body = options.data
    if (body !== undefined && typeof body !== 'string') body = JSON.stringify(body)
    if (method === 'GET' && options.data && typeof options.data === 'object') {
      for (const [k, v] of Object.entries(options.data)) url.searchParams.set(k, String(v))
      body = undefined
    }
    calls.requests.push({ method, url: url.toString(), body })
    if (onRequest) onRequest({ method, url: url.toString(), body })
    const req = http.request(
      url,
      { method, headers: options.header || {}, timeout: options.timeout || 15000 },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let data = text
          if (options.dataType === undefined || options.dataType === 'json') {
            try {
              data = JSON.parse(text)
            } catch {
              data = text
            }
          }
          const result = { statusCode: res.statusCode, data, header: res.headers, errMsg: 'request:ok' }
          options.success && options.success(result)
          options.complete && options.complete(result)
        })
      },
    )
    const fail = (errMsg) => {
      const err = { errMsg }
      options.fail && options.fail(err)
      options.complete && options.complete(err)
    }
    req.on('timeout', () => {
      req.destroy()
      fail('request:fail timeout')
    })
    req.on('error', (e) => fail(`request:fail ${e.message}`))
    if (body !== undefined) req.write(body)
    req.end()
    return { abort: () => req.destroy() }
  }

  const ok =
    (extra = {}) =>
    (opts = {}) => {
      const res = { errMsg: 'ok', ...extra }
      opts.success && opts.success(res)
      opts.complete && opts.complete(res)
      return Promise.resolve(res)
    }

  const wx = {
    request,
    login(opts = {}) {
      calls.login += 1
      const res = { code: wx.__loginCode || `sim-${calls.login}`, errMsg: 'login:ok' }
      opts.success && opts.success(res)
      opts.complete && opts.complete(res)
    },
    getStorageSync: (k) => (storage.has(k) ? storage.get(k) : ''),
    setStorageSync: (k, v) => storage.set(k, v),
    removeStorageSync: (k) => storage.delete(k),
    getStorageInfoSync: () => ({ keys: [...storage.keys()] }),
    getSystemInfoSync: () => ({
      platform: 'devtools',
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 812,
      statusBarHeight: 20,
      SDKVersion: '3.6.0',
      language: 'zh_CN',
      version: '8.0.50',
    }),
    getWindowInfo: () => ({
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 812,
      statusBarHeight: 20,
    }),
    getDeviceInfo: () => ({ platform: 'devtools' }),
    getAppBaseInfo: () => ({ SDKVersion: '3.6.0', language: 'zh_CN' }),
    getSystemSetting: () => ({}),
    getAppAuthorizeSetting: () => ({}),
    showToast: ok(),
    hideToast: ok(),
    showLoading: ok(),
    hideLoading: ok(),
    showModal: ok({ confirm: true, cancel: false }),
    navigateTo: ok(),
    redirectTo: ok(),
    switchTab: ok(),
    navigateBack: ok(),
    reLaunch: ok(),
    stopPullDownRefresh: ok(),
    setNavigationBarTitle: ok(),
    hideShareMenu(opts = {}) {
      calls.hideShareMenu = (calls.hideShareMenu ?? 0) + 1
      return ok()(opts)
    },
    // The update manager of a launch: the test plays WeChat by calling the handlers it records.
    getUpdateManager: () => updateManager,
    nextTick: (fn) => setTimeout(fn, 0),
    canIUse: () => true,
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    onAppShow: () => {},
    onAppHide: () => {},
    offAppShow: () => {},
    offAppHide: () => {},
    createSelectorQuery: () => ({
      select: () => ({ boundingClientRect: () => ({ exec: () => {} }) }),
      selectAll: () => ({ boundingClientRect: () => ({ exec: () => {} }) }),
      exec: () => {},
    }),
    __storage: storage,
    __calls: calls,
    __updateManager: updateManager,
  }
  return wx
}

module.exports = { createWx }
