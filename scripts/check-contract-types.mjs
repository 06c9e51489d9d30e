// Fails when types/api.d.ts is not what `npm run contract:types` would generate from
// backend/openapi.yaml now (someone changed the contract and forgot to regenerate).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as prettier from 'prettier'

const CONTRACT = 'backend/openapi.yaml'
const TYPES = 'types/api.d.ts'

const dir = mkdtempSync(join(tmpdir(), 'contract-types-'))
try {
  const generated = join(dir, 'api.d.ts')
  const run = spawnSync('node_modules/.bin/openapi-typescript', [CONTRACT, '-o', generated], {
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    console.error(`openapi-typescript failed on ${CONTRACT}:\n${run.stderr || run.stdout}`)
    process.exit(1)
  }
  // Format as if the file were at its real place, so the project's prettier config applies.
  const options = (await prettier.resolveConfig(TYPES)) ?? {}
  const expected = await prettier.format(readFileSync(generated, 'utf8'), { ...options, filepath: TYPES })
  const actual = existsSync(TYPES) ? readFileSync(TYPES, 'utf8') : null
  if (actual !== expected) {
    console.error(
      actual === null
        ? `${TYPES} is missing. Run: npm run contract:types`
        : `${TYPES} is stale: it does not match ${CONTRACT}. Run: npm run contract:types (and commit the result)`,
    )
    process.exit(1)
  }
  console.log(`${TYPES} is up to date with ${CONTRACT}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
