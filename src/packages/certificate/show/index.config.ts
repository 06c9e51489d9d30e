export default definePageConfig({
  navigationBarTitleText: '出示证书',
  navigationBarBackgroundColor: '#0b57a4',
  backgroundColor: '#0b57a4',
})
