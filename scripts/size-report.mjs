// npm run size: weapp main package and each subpackage in bytes, and the H5 initial JS gzipped,
// measured on the production builds in dist/weapp and dist/h5. Fails above budget.
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1024
const BUDGET = { main: 400 * KB, subpackage: 200 * KB, h5InitialGzip: 130 * KB }
const weapp = process.env.SIZE_WEAPP_DIR ?? 'dist/weapp'
const h5 = process.env.SIZE_H5_DIR ?? 'dist/h5'

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

for (const dir of [weapp, h5]) {
  if (!existsSync(dir)) {
    console.error(
      `${dir} is missing: run the production builds first (npm run build:weapp && npm run build:h5)`,
    )
    process.exit(1)
  }
}

const appJson = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'))
const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
const sizes = { main: 0 }
for (const root of roots) sizes[root] = 0
for (const file of files(weapp)) {
  const rel = relative(weapp, file)
  if (rel.endsWith('.map') || rel === 'project.config.json') continue
  const root = roots.find((r) => rel.startsWith(r + '/'))
  sizes[root ?? 'main'] += statSync(file).size
}

const html = readFileSync(join(h5, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''))
const h5Gzip = scripts.reduce(
  (sum, src) => sum + gzipSync(readFileSync(join(h5, src)), { level: 9 }).length,
  0,
)

const rows = [['weapp main package', sizes.main, BUDGET.main]]
for (const root of roots) rows.push([`weapp subpackage ${root}`, sizes[root], BUDGET.subpackage])
rows.push([`h5 initial JS gzip (${scripts.length} files)`, h5Gzip, BUDGET.h5InitialGzip])

let over = 0
console.log('size report (bytes)')
for (const [name, bytes, budget] of rows) {
  const ok = bytes <= budget
  if (!ok) over++
  console.log(`${ok ? 'ok  ' : 'OVER'} ${String(bytes).padStart(9)} / ${String(budget).padStart(7)}  ${name}`)
}
mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/size.json',
  JSON.stringify({ rows: rows.map(([name, bytes, budget]) => ({ name, bytes, budget })) }, null, 2),
)
if (over) {
  console.error(`${over} item(s) over budget`)
  process.exit(1)
}
