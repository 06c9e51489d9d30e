export default definePageConfig({
  navigationBarTitleText: '安管人员证书服务',
  enablePullDownRefresh: true,
  // 转发 shares a fixed title and this page's path, nothing personal (useSharedPage).
  enableShareAppMessage: true,
})
