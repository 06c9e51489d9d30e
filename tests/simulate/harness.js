// Runs the compiled weapp output (dist/test/weapp) in miniprogram-simulate: App/Page shims over
// simulate's Component(), a wx whose request reaches the reference backend, and helpers to find text.
const path = require('node:path')
const { spawn } = require('node:child_process')
const simulate = require('miniprogram-simulate')
const { createWx } = require('./wx')

const ROOT = path.resolve(__dirname, '../../dist/test/weapp')
const BACKEND = 'http://127.0.0.1:8788'

let app = null
const pageStack = []

function installGlobals(wx) {
  global.wx = wx
  global.App = (def) => {
    app = def
  }
  global.getApp = () => app
  global.getCurrentPages = () => pageStack
  global.Page = (def) => {
    const { data, ...rest } = def
    return global.Component({ data: data || {}, methods: rest })
  }
}

function launchApp(wx) {
  installGlobals(wx)
  require(path.join(ROOT, 'app.js'))
  app.onLaunch && app.onLaunch.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  app.onShow && app.onShow.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
}

/** Loads a compiled page, attaches it, and runs onLoad/onShow/onReady like WeChat does. */
function openPage(route, query = {}) {
  const id = simulate.load(path.join(ROOT, route), { rootPath: ROOT })
  const component = simulate.render(id)
  const parent = document.createElement('parent-wrapper')
  document.body.appendChild(parent)
  const instance = component.instance
  instance.route = route
  instance.options = query
  pageStack.push(instance)
  component.attach(parent)
  instance.onLoad && instance.onLoad(query)
  instance.onShow && instance.onShow()
  instance.onReady && instance.onReady()
  return { component, instance }
}

function text(component) {
  return component.dom.textContent.replace(/\s+/g, ' ')
}

async function waitForText(component, pattern, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    const t = text(component)
    if (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t)) return t
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; page text: ${t.slice(0, 400)}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function startBackend() {
  const child = spawn(
    path.resolve(__dirname, '../../node_modules/.bin/tsx'),
    ['backend/main.ts', '--port', '8788'],
    {
      cwd: path.resolve(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
    },
  )
  const until = Date.now() + 30000
  for (;;) {
    try {
      const res = await fetch(`${BACKEND}/v1/config`)
      if (res.ok) break
    } catch {
      /* starting */
    }
    if (Date.now() > until) throw new Error('reference backend did not start')
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    stop: () => child.kill('SIGTERM'),
    operator: async (method, p, body) => {
      const res = await fetch(`${BACKEND}/__operator${p}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const t = await res.text()
      return t ? JSON.parse(t) : null
    },
  }
}

module.exports = { createWx, launchApp, openPage, text, waitForText, startBackend, BACKEND, ROOT }
