export default definePageConfig({
  navigationBarTitleText: '安管人员证书服务',
  enablePullDownRefresh: true,
})
