import { developmentFaceVerifier } from './faceDevelopment'
import type { FaceVerifier } from './facePort'

/**
 * A browser has no 人脸核身: the H5 preview runs the labelled development stand-in when the build
 * switches it on, and otherwise says where the check can be done.
 */
const browserFaceVerifier: FaceVerifier = {
  label: '微信人脸核身',
  development: false,
  verify() {
    return Promise.reject(new Error('浏览器中无法进行人脸核身，请在微信中打开小程序完成实名认证'))
  },
}

export const faceVerifier: FaceVerifier =
  process.env.TARO_APP_FACE_VERIFIER === 'development' ? developmentFaceVerifier : browserFaceVerifier

export { FaceVerifyCancelled } from './facePort'
export type { FaceVerifier } from './facePort'
