// Every page of the app, as the accessibility run opens it and the README gallery shows it.
// [gallery name, page, demo holder, route, an element that shows the page is ready]
export const PAGES = [
  ['home', '首页', 'valid', '/pages/index/index', 'certificate-card'],
  ['work', '办事', 'open-app', '/pages/work/index', 'application-row'],
  ['mine', '我的', 'valid', '/pages/mine/index', 'large-text-switch'],
  ['realname', '实名认证', 'new:a11y', '/packages/identity/realname/index', 'input-name'],
  ['photo', '证件照', 'valid', '/packages/identity/photo/index', 'pick-album'],
  [
    'certificate',
    '证书详情',
    'expired',
    '/packages/certificate/detail/index?id=cert-expired-c2',
    'certificate-eligibility',
  ],
  [
    'certificate-show',
    '出示证书',
    'valid',
    '/packages/certificate/show/index?id=cert-valid-c3',
    'show-certificate',
  ],
  [
    'apply',
    '延期复核表单',
    'renewal-ready',
    '/packages/apply/form/index?type=RENEWAL&certificateId=cert-renewal-ready-c2',
    'apply-form',
  ],
  [
    'guide',
    '办理说明',
    'valid',
    '/packages/apply/guide/index?topic=FORCED_TRANSFER',
    'guide-FORCED_TRANSFER',
  ],
  ['work-detail', '办事详情', 'open-app', '/packages/work/detail/index?id=app-open-renewal', 'next-action'],
  [
    'webview',
    '学习链接（不在白名单，拒绝打开）',
    'valid',
    `/packages/work/webview/index?url=${encodeURIComponent('http://evil.example.com/study')}`,
    'webview-refused',
  ],
  ['faq', '常见问题', 'valid', '/packages/help/faq/index', 'faq'],
]
