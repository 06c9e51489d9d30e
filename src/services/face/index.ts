import type { FaceVerifier } from './port'
import { wechatFaceVerifier } from './wechat'
import { developmentFaceVerifier } from './development'

// The build replaces the variable with a literal, so a production build drops the development verifier.
export const faceVerifier: FaceVerifier =
  process.env.TARO_APP_FACE_VERIFIER === 'development' ? developmentFaceVerifier : wechatFaceVerifier

export { FaceVerifyCancelled } from './port'
export type { FaceVerifier } from './port'
