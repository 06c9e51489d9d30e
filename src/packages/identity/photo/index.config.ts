export default definePageConfig({
  navigationBarTitleText: '上传蓝底证件照',
})
