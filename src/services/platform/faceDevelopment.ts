import Taro from '@tarojs/taro'
import { FaceVerifyCancelled, type FaceVerifier } from './facePort'

/**
 * Development and test builds only: stands in for WeChat's face check so the flow can run in a
 * browser against the reference backend, which accepts these results. Production builds exclude it.
 */
export const developmentFaceVerifier: FaceVerifier = {
  label: '开发环境模拟人脸核身',
  development: true,
  async verify(verifyId) {
    const { confirm, cancel } = await Taro.showModal({
      title: '开发环境模拟人脸核身',
      content: '这是开发环境的模拟核身，正式版使用微信人脸核身。请选择模拟结果。',
      confirmText: '模拟通过',
      cancelText: '模拟失败',
    })
    if (confirm) return `dev-pass:${verifyId}`
    if (cancel) return `dev-fail:${verifyId}`
    throw new FaceVerifyCancelled()
  },
}
