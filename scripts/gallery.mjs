// Copies the README's gallery from the screenshots the browser tests took (tests/e2e/output) into
// docs/screenshots. Run after `npm test` (or `npm run test:e2e`): npm run gallery
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'

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
  ['apply-draft-restored', '草稿：重新打开后恢复，身份证号已打码'],
  ['help-search', '常见问题：搜索与每条答案的去处'],
  ['help-large-text', '大字模式'],
]

mkdirSync('docs/screenshots', { recursive: true })
const missing = []
for (const [name] of GALLERY) {
  const from = `tests/e2e/output/${name}.png`
  if (existsSync(from)) copyFileSync(from, `docs/screenshots/${name}.png`)
  else missing.push(name)
}
if (missing.length) {
  console.error(`missing screenshots (run the browser tests first): ${missing.join(', ')}`)
  process.exit(1)
}
console.log(`copied ${GALLERY.length} screenshots to docs/screenshots`)
