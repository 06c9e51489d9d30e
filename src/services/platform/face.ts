import { developmentFaceVerifier } from './faceDevelopment'
import { FaceVerifyCancelled, type FaceVerifier } from './facePort'

interface WxFacial {
  requestFacialVerify?(options: {
    verifyId: string
    success(): void
    fail(err: { errMsg?: string; errCode?: number }): void
  }): void
}
declare const wx: WxFacial | undefined

/** WeChat 人脸核身 (base library 3.8.12+): the backend then reads the real result by verify id. */
const wechatFaceVerifier: FaceVerifier = {
  label: '微信人脸核身',
  development: false,
  verify(verifyId) {
    return new Promise((resolve, reject) => {
      const api = typeof wx === 'undefined' ? undefined : wx
      if (!api?.requestFacialVerify) {
        reject(new Error('当前微信版本不支持人脸核身，请升级微信后重试'))
        return
      }
      api.requestFacialVerify({
        verifyId,
        success: () => resolve(`wechat:${verifyId}`),
        fail: (err) => {
          if (err.errCode === 90100 || /cancel/i.test(err.errMsg ?? '')) reject(new FaceVerifyCancelled())
          else reject(new Error('人脸核身未完成，请在光线充足处正对手机重试'))
        },
      })
    })
  },
}

// Development and test builds switch the check to a labelled stand-in; the build replaces the
// variable with a literal, so a production build drops it.
export const faceVerifier: FaceVerifier =
  process.env.TARO_APP_FACE_VERIFIER === 'development' ? developmentFaceVerifier : wechatFaceVerifier

export { FaceVerifyCancelled } from './facePort'
export type { FaceVerifier } from './facePort'
