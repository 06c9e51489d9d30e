// npm start: the reference backend, the H5 preview and the weapp build in watch mode, together.
// The backend runs in demo mode (demo logins, the development face check), on this machine only.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'

const BACKEND_PORT = process.env.PORT ?? '8787'
const H5_PORT = process.env.H5_PORT ?? '10086'
const OPERATOR_TOKEN = process.env.OPERATOR_TOKEN || randomBytes(18).toString('base64url')
// The H5 preview's origin may call the backend from the browser (CORS, without credentials).
const CORS_ORIGINS = process.env.CORS_ORIGINS ?? `http://127.0.0.1:${H5_PORT},http://localhost:${H5_PORT}`
const bin = (name) => `node_modules/.bin/${name}`

const jobs = [
  ['backend', bin('tsx'), ['backend/main.ts', '--demo', '--port', BACKEND_PORT]],
  ['h5', bin('taro'), ['build', '--type', 'h5', '--watch']],
  ['weapp', bin('taro'), ['build', '--type', 'weapp', '--watch']],
]

const children = jobs.map(([name, cmd, args]) => {
  const child = spawn(cmd, args, {
    env: { ...process.env, PORT: BACKEND_PORT, H5_PORT, OPERATOR_TOKEN, CORS_ORIGINS },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = (line) => `[${name}] ${line}`
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = ''
    stream.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop()
      for (const line of lines) if (line.trim()) console.log(prefix(line))
    })
  }
  child.on('exit', (code) => {
    console.log(prefix(`exited with code ${code}`))
    if (code !== 0) shutdown(code ?? 1)
  })
  return child
})

console.log(`
  参考后端      http://127.0.0.1:${BACKEND_PORT}  (demo mode; operator API: /__operator, see backend/README.md)
  运营接口令牌  X-Operator-Token: ${OPERATOR_TOKEN}
  H5 预览       http://127.0.0.1:${H5_PORT}/#/pages/index/index
  微信开发者工具  open this folder (project.config.json -> dist/weapp)
  Ctrl+C stops everything.
`)

function shutdown(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))
