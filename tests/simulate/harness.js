// Runs the compiled weapp output (dist/test/weapp) in miniprogram-simulate: App/Page shims over
// simulate's Component(), a wx whose request reaches the reference backend, and helpers to find text.
const path = require('node:path')
const http = require('node:http')
const { spawn } = require('node:child_process')
const { randomBytes } = require('node:crypto')
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
const loaded = new Map()

function openPage(route, query = {}) {
  // simulate.load registers a page once per test file; later opens render it again.
  if (!loaded.has(route)) loaded.set(route, simulate.load(path.join(ROOT, route), { rootPath: ROOT }))
  const id = loaded.get(route)
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

/** JSON over node's http (jsdom has no fetch): resolves { status, body }. */
function httpJson(method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      url,
      {
        method,
        headers: payload === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }))
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/** The test backend's operator token (it answers /__operator only with it). */
const OPERATOR_TOKEN = `simulate-${randomBytes(18).toString('base64url')}`

async function startBackend() {
  const child = spawn(
    path.resolve(__dirname, '../../node_modules/.bin/tsx'),
    ['backend/main.ts', '--demo', '--port', '8788'],
    {
      cwd: path.resolve(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn', OPERATOR_TOKEN },
    },
  )
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const until = Date.now() + 30000
  for (;;) {
    try {
      const res = await httpJson('GET', `${BACKEND}/v1/config`)
      if (res.status === 200) break
    } catch {
      /* starting */
    }
    if (Date.now() > until) {
      child.kill('SIGTERM')
      throw new Error(`reference backend did not start:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    stop: () => child.kill('SIGTERM'),
    operator: async (method, p, body) => {
      const headers = { 'X-Operator-Token': OPERATOR_TOKEN }
      if (method !== 'GET') headers['Content-Type'] = 'application/json'
      return (await httpJson(method, `${BACKEND}/__operator${p}`, { headers, body })).body
    },
  }
}

module.exports = { httpJson, createWx, launchApp, openPage, text, waitForText, startBackend, BACKEND, ROOT }
