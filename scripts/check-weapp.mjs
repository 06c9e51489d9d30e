// The compiled weapp (dist/weapp, production) as WeChat DevTools opens it, run by npm test:
//  - every page in app.json has its .js, .json, .wxml and .wxss; subpackage roots are folders with
//    their pages, and no other folder under packages/;
//  - tab-bar icons are PNG files under 40 KB;
//  - lazyCodeLoading is on, and sitemap.json lets WeChat search index 首页 and 常见问题 only;
//  - privacy APIs (photo choosing, the phone-number button, 人脸核身, the clipboard) are called only
//    from pages inside the consent gate (PrivacyGate), checked in the source and in the bundle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = process.env.CHECK_WEAPP_DIR ?? 'dist/weapp'
const failures = []
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`)
  if (!ok) failures.push(what)
}

if (!existsSync(join(root, 'app.json'))) {
  console.error(`${root} has no app.json: build it first (npx taro build --type weapp)`)
  process.exit(1)
}
const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
const subpackages = app.subPackages ?? app.subpackages ?? []
const pages = [
  ...app.pages,
  ...subpackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
]

// Pages and packages.
const missing = pages.flatMap((page) =>
  ['js', 'json', 'wxml', 'wxss']
    .filter((ext) => !existsSync(join(root, `${page}.${ext}`)))
    .map((ext) => `${page}.${ext}`),
)
check(
  missing.length === 0,
  `every page (${pages.length}) has its .js, .json, .wxml and .wxss${missing.length ? `: missing ${missing.join(', ')}` : ''}`,
)
const roots = subpackages.map((s) => s.root.replace(/\/$/, ''))
check(
  roots.every((r) => existsSync(join(root, r)) && statSync(join(root, r)).isDirectory()),
  `subpackage roots exist: ${roots.join(', ')}`,
)
const stray = existsSync(join(root, 'packages'))
  ? readdirSync(join(root, 'packages')).filter((d) => !roots.includes(`packages/${d}`))
  : []
check(
  stray.length === 0,
  `no folder under packages/ outside the declared roots${stray.length ? `: ${stray.join(', ')}` : ''}`,
)

// Tab-bar icons.
const icons = (app.tabBar?.list ?? []).flatMap((t) => [t.iconPath, t.selectedIconPath]).filter(Boolean)
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const badIcons = icons.filter((icon) => {
  const file = join(root, icon)
  if (!existsSync(file)) return true
  const bytes = readFileSync(file)
  return !bytes.subarray(0, 8).equals(PNG) || bytes.length >= 40 * 1024
})
check(
  icons.length > 0 && badIcons.length === 0,
  `tab-bar icons (${icons.length}) are PNG and under 40 KB${badIcons.length ? `: ${badIcons.join(', ')}` : ''}`,
)

// Loading and search indexing.
check(app.lazyCodeLoading === 'requiredComponents', 'lazyCodeLoading is "requiredComponents"')
const sitemapFile = join(root, app.sitemapLocation ?? 'sitemap.json')
const sitemap = existsSync(sitemapFile) ? JSON.parse(readFileSync(sitemapFile, 'utf8')) : { rules: [] }
const allowed = sitemap.rules.filter((r) => r.action !== 'disallow').map((r) => r.page)
check(
  allowed.sort().join() === ['packages/help/faq/index', 'pages/index/index'].join() &&
    sitemap.rules.some((r) => r.action === 'disallow' && r.page === '*'),
  'sitemap.json indexes 首页 and 常见问题 only',
)

// Privacy APIs only behind the consent gate.
const GATED = [
  'packages/identity/realname/index',
  'packages/identity/photo/index',
  'packages/work/detail/index',
  'packages/work/webview/index',
  'packages/apply/guide/index',
]
const ungated = GATED.filter(
  (page) => !readFileSync(join('src', `${page}.tsx`), 'utf8').includes('<PrivacyGate'),
)
check(
  ungated.length === 0,
  `the pages that call privacy APIs wrap their content in PrivacyGate${ungated.length ? `: not ${ungated.join(', ')}` : ''}`,
)
const PRIVACY_CALLS = [
  /\.chooseMedia\(/,
  /\.chooseImage\(/,
  /\.chooseVideo\(/,
  /\.requestFacialVerify\(/,
  /\.setClipboardData\(/,
  /\.getClipboardData\(/,
  /["']getPhoneNumber["']/,
  /\.getLocation\(/,
  /\.startRecord\(/,
]
// A shared chunk of a subpackage counts as gated only when every page of that subpackage is.
const gatedRoots = roots.filter((r) =>
  subpackages.find((s) => s.root.replace(/\/$/, '') === r).pages.every((p) => GATED.includes(`${r}/${p}`)),
)
const scripts = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (path.endsWith('.js')) scripts.push(path)
  }
}
walk(root)
const outside = scripts.filter((file) => {
  const rel = file.slice(root.length + 1).replace(/\\/g, '/')
  const source = readFileSync(file, 'utf8')
  if (!PRIVACY_CALLS.some((p) => p.test(source))) return false
  if (GATED.some((page) => rel === `${page}.js`)) return false
  return !gatedRoots.some((r) => rel.startsWith(`${r}/`) && !rel.slice(r.length + 1).includes('/index.js'))
})
check(
  outside.length === 0,
  `privacy APIs are called only from gated pages (${scripts.length} scripts scanned)${outside.length ? `: also in ${outside.join(', ')}` : ''}`,
)

if (failures.length) {
  console.error(`\n${failures.length} weapp check(s) failed`)
  process.exit(1)
}
console.log('\nweapp package checks pass')
