// npm test: every check the project has, in order, stopping at the first failure, with timings.
import { spawnSync } from 'node:child_process'

const bin = (name) => `node_modules/.bin/${name}`
const testBuild = (type) => ({
  cmd: bin('taro'),
  args: ['build', '--type', type, '--mode', 'test'],
  env: { TARO_OUTPUT_DIR: `dist/test/${type}` },
})

const steps = [
  ['contract types up to date', { cmd: 'node', args: ['scripts/check-contract-types.mjs'] }],
  ['typecheck', { cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] }],
  ['lint', { cmd: 'npm', args: ['run', '--silent', 'lint'] }],
  ['unit tests', { cmd: bin('jest'), args: ['--selectProjects', 'unit'] }],
  ['ui tests (H5 runtime in jsdom)', { cmd: bin('jest'), args: ['--selectProjects', 'ui'] }],
  ['weapp build (test mode)', testBuild('weapp')],
  [
    'simulate tests (compiled weapp)',
    { cmd: bin('jest'), args: ['--selectProjects', 'simulate', '--runInBand', '--forceExit', '--silent'] },
  ],
  ['h5 build (test mode)', testBuild('h5')],
  ['browser e2e (Chromium)', { cmd: 'node', args: ['tests/e2e/run.mjs'] }],
  ['weapp production build', { cmd: bin('taro'), args: ['build', '--type', 'weapp'] }],
  ['h5 production build', { cmd: bin('taro'), args: ['build', '--type', 'h5'] }],
  ['build guards', { cmd: 'node', args: ['scripts/build-guards.mjs'] }],
  ['weapp package checks', { cmd: 'node', args: ['scripts/check-weapp.mjs'] }],
  ['size report', { cmd: 'node', args: ['scripts/size-report.mjs'] }],
]

const only = process.argv.slice(2)
const results = []
const started = Date.now()
for (const [name, { cmd, args, env }] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue
  console.log(`\n=== ${name} ===`)
  const t0 = Date.now()
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)
  results.push([name, run.status === 0 ? 'ok' : 'FAILED', seconds])
  if (run.status !== 0) break
}

console.log('\n=== summary ===')
for (const [name, status, seconds] of results)
  console.log(`${status.padEnd(7)} ${seconds.padStart(7)} s  ${name}`)
const failed = results.filter(([, s]) => s !== 'ok').length
const total = ((Date.now() - started) / 1000).toFixed(1)
console.log(`total ${total} s; steps:`)
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
