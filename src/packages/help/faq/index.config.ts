export default definePageConfig({
  navigationBarTitleText: '常见问题',
  // 转发 shares a fixed title and this page's path, nothing personal (useSharedPage).
  enableShareAppMessage: true,
})
