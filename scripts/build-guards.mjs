// Build guards, run by npm test after the production builds:
//  1. a production build whose API base is not https stops with a clear message;
//  2. the production weapp bundle holds no development face verifier, no eval / new Function
//     in the app's own code, and no http:// API base;
//  3. no shipped weapp chunk takes `URL` from the Taro runtime. In the weapp build webpack provides
//     the global URL from @tarojs/runtime, a loose parser that is not a WHATWG URL (it reads
//     `https://allowed.example:@evil.example/` as host allowed.example): allow-list checks such as
//     the study-link check and the QR parser must not use it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const failures = []
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`)
  if (!ok) failures.push(what)
}

// 1. Refusal of a non-https base. The variable given in the environment wins over .env.production.
const out = 'dist/guard-http'
const run = spawnSync('node_modules/.bin/taro', ['build', '--type', 'weapp'], {
  encoding: 'utf8',
  env: { ...process.env, TARO_APP_API_BASE: 'http://insecure.example.invalid', TARO_OUTPUT_DIR: out },
})
const said = `${run.stdout}\n${run.stderr}`
check(run.status !== 0, 'production build with an http:// API base exits with an error')
check(said.includes('needs an https API base'), 'and says that production needs an https API base')
check(!existsSync(join(out, 'app.js')), 'and writes no app bundle')
rmSync(out, { recursive: true, force: true })

// 2. The production weapp bundle.
const root = 'dist/weapp'
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (path.endsWith('.js')) files.push(path)
  }
}
if (!existsSync(join(root, 'app.js'))) {
  check(false, `${root} holds a production build (run: npx taro build --type weapp)`)
} else {
  walk(root)
  const hits = (pattern) => files.filter((f) => pattern.test(readFileSync(f, 'utf8')))
  check(hits(/dev-pass:|开发环境模拟人脸核身/).length === 0, 'no development face verifier in the bundle')
  check(hits(/(^|[^.\w$])eval\s*\(/).length === 0, 'no eval( in the bundle')
  check(hits(/new\s+Function\s*\(/).length === 0, 'no new Function( in the bundle')
  check(hits(/["']http:\/\/(?!www\.w3\.org)[^"']*["']/).length === 0, 'no http:// URL literal in the bundle')
  check(
    hits(/api\.example\.invalid|https:\/\//).length > 0,
    'the https API base from .env.production is compiled in',
  )
  console.log(`(${files.length} JavaScript files scanned in ${root})`)

  // 3. URL from the Taro runtime. The runtime is the module whose export map names URL; a chunk
  //    takes it as `require(<id>)["URL"]` (what ProvidePlugin writes) or `require(<id>).URL`.
  const sources = files.map((f) => [f, readFileSync(f, 'utf8')])
  const exportMap =
    /(\d+):function\((\w+),(\w+),(\w+)\)\{"use strict";\4\.r\(\3\),\4\.d\(\3,\{((?:[\w$]+:function\(\)\{return [^{}]+\},?)+)\}\)/g
  const runtimeIds = new Set()
  for (const [, text] of sources) {
    for (const m of text.matchAll(exportMap)) if (/(^|,)URL:function/.test(m[5])) runtimeIds.add(m[1])
  }
  check(runtimeIds.size > 0, 'the Taro runtime module that exports URL is found in the bundle')
  const takers = []
  for (const [file, text] of sources) {
    for (const id of runtimeIds) {
      const take = new RegExp(`[\\w$]\\(${id}\\)(?:\\[["']URL["']\\]|\\.URL\\b)`, 'g')
      for (const m of text.matchAll(take)) {
        // The module around it, for the message: the nearest `<id>:function(` before the match.
        const before = text.slice(0, m.index)
        const owner = [...before.matchAll(/[{,](\d+):function\(/g)].pop()?.[1] ?? '?'
        takers.push(`${file} (module ${owner})`)
      }
    }
  }
  check(
    takers.length === 0,
    `no shipped chunk takes URL from the Taro runtime${takers.length ? `: ${[...new Set(takers)].join(', ')}` : ''}`,
  )
}

if (failures.length) {
  console.error(`\n${failures.length} build guard(s) failed`)
  process.exit(1)
}
console.log('\nall build guards pass')
