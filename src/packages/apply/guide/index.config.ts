export default definePageConfig({
  navigationBarTitleText: '办理说明',
})
