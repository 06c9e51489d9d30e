export default definePageConfig({
  navigationBarTitleText: '办理业务',
})
