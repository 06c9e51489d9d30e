// Copies the README's gallery from the screenshots the browser tests took (tests/e2e/output) into
// docs/screenshots, and writes the README's table of every page in normal and large-text mode.
// Run after `npm test` (or `npm run test:e2e`): npm run gallery
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { PAGES } from '../tests/e2e/pages.mjs'

export const GALLERY = [
  ['home-valid', '首页：证书、状态与剩余天数，办理业务入口'],
  ['certificate-detail-expired', '证书详情：已过期证书每项业务为何不能办理'],
  ['realname-form', '实名认证（开发环境模拟人脸核身，有醒目标注）'],
  ['photo-accepted', '蓝底证件照：检查、裁剪、压缩后上传成功'],
  ['photo-red-refused', '红底照片在上传前被拒，并说明怎么拍'],
  ['mine-employment-mismatch', '我的：聘用关系与证书企业不一致的提示'],
  ['apply-renewal-summary', '延期复核：提交前核对信息'],
  ['apply-open-app-refused', '已有未办结申请：提交前说明并链接到该申请'],
  ['journey-refused-R4-valid', '未到延期复核时间：说明何时可以办理'],
  ['work-study', '办事详情：学习链接与学时进度、办理进度'],
  ['journey-sent-back', '被退回：显示退回原因，可修改或撤回'],
  ['fidelity-resubmit-form', '修改后重新提交：表单已填好上次提交的内容，标出退回要求修改的项'],
  ['fidelity-resubmitted', '重新提交后：同一申请回到退回它的环节，办理记录保留'],
  ['fidelity-change-log', '信息变更办结：证书详情显示新职务、照片与变更记录'],
  ['fidelity-approval', '跨省转出办结：完整的后续步骤，打开跨省变更批准证明'],
  ['fidelity-transfer-out-left', '已离职也可跨省转出：由证书上的企业办理'],
  ['fidelity-contacts', '咨询电话与办理地点（从「我的」和每条拒绝提示进入，示例条目有标注）'],
  ['certdoc-show-valid', '出示证书：现场检查时全屏显示，屏幕调亮，检查人员扫码验真'],
  ['certdoc-show-expired', '出示证书：已过期的证书整页标明「已过期」'],
  ['certdoc-verify-cancelled', '扫码验真：公开页面显示打码姓名与当前状态（企业注销后即显示已注销）'],
  ['certdoc-detail', '证书详情：电子证书（PDF，含验真二维码）与出示证书'],
  ['certdoc-learning', '学习与成绩：每期学时、成绩有效期，成绩过期时说明怎么办'],
  ['apply-draft-restored', '草稿：重新打开后恢复，身份证号已打码'],
  ['help-search', '常见问题：搜索与每条答案的去处'],
  ['help-large-text', '大字模式'],
]

mkdirSync('docs/screenshots/pages', { recursive: true })
const missing = []
const copy = (from, to) => (existsSync(from) ? copyFileSync(from, to) : missing.push(from))
for (const [name] of GALLERY) copy(`tests/e2e/output/${name}.png`, `docs/screenshots/${name}.png`)
// The accessibility run photographs every page twice: as it opens, and in 大字模式.
for (const [slug] of PAGES) {
  for (const file of [`${slug}.png`, `${slug}-large.png`])
    copy(`tests/e2e/output/pages/${file}`, `docs/screenshots/pages/${file}`)
}
if (missing.length) {
  console.error(`missing screenshots (run the browser tests first): ${missing.join(', ')}`)
  process.exit(1)
}

/** Replaces the README's block between two markers. */
function writeBlock(readme, start, end, lines) {
  const at = readme.indexOf(start)
  const until = readme.indexOf(end)
  if (at < 0 || until < at) {
    console.error(`README.md has no ${start} … ${end} block`)
    process.exit(1)
  }
  return readme.slice(0, at) + [start, ...lines, end].join('\n') + readme.slice(until + end.length)
}

// The gallery: three screenshots a row, each with its caption.
const cell = ([name, caption]) =>
  `<img src="docs/screenshots/${name}.png" width="240" alt="${caption}"><br>${caption}`
const rows = []
for (let i = 0; i < GALLERY.length; i += 3) {
  const three = GALLERY.slice(i, i + 3).map(cell)
  while (three.length < 3) three.push('')
  rows.push(`| ${three.join(' | ')} |`)
}

const img = (file, alt) => `<img src="docs/screenshots/pages/${file}" width="200" alt="${alt}">`
let readme = readFileSync('README.md', 'utf8')
readme = writeBlock(readme, '<!-- gallery:start -->', '<!-- gallery:end -->', [
  '| | | |',
  '|---|---|---|',
  ...rows,
])
readme = writeBlock(readme, '<!-- pages:start -->', '<!-- pages:end -->', [
  '| 页面 | 标准字号 | 大字模式 |',
  '|---|---|---|',
  ...PAGES.map(
    ([slug, name]) =>
      `| ${name} | ${img(`${slug}.png`, name)} | ${img(`${slug}-large.png`, `${name}（大字模式）`)} |`,
  ),
])
writeFileSync('README.md', readme)
console.log(
  `copied ${GALLERY.length} screenshots and ${PAGES.length * 2} page shots to docs/screenshots; README gallery and page table written`,
)
