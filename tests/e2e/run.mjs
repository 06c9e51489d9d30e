// Browser end-to-end tests: Debian's Chromium driven by playwright-core against the H5 test build
// (dist/test/h5) and the reference backend. Each spec file runs in its own process, one at a time.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { ensureChromium } from './chromium.mjs'

const chromium = ensureChromium()
if (!existsSync('dist/test/h5/index.html')) {
  console.error(
    'dist/test/h5 is missing: build it with  TARO_OUTPUT_DIR=dist/test/h5 npx taro build --type h5 --mode test',
  )
  process.exit(1)
}
// Photo fixtures are generated, not committed: write them as JPEG files for the file chooser.
const photos = spawnSync('node_modules/.bin/tsx', ['tests/fixtures/make-photos.ts'], { stdio: 'inherit' })
if (photos.status !== 0) process.exit(photos.status ?? 1)

const filter = process.argv[2]
const specs = readdirSync('tests/e2e/specs')
  .filter((f) => f.endsWith('.spec.mjs') && (!filter || f.includes(filter)))
  .map((f) => `tests/e2e/specs/${f}`)
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
})
process.exit(run.status ?? 1)
