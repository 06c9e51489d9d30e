export default definePageConfig({ navigationBarTitleText: '继续教育学习' })
