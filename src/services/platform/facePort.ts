/** Face verification: the backend issues a verify id, the platform runs the check, the backend confirms. */
export interface FaceVerifier {
  /** Shown to the holder, e.g. 微信人脸核身 */
  label: string
  /** True for the development verifier, which the UI labels and production builds do not contain. */
  development: boolean
  /** Runs the check for a verify id; resolves with the result token the backend confirms. */
  verify(verifyId: string): Promise<string>
}

export class FaceVerifyCancelled extends Error {
  constructor() {
    super('已取消人脸核身')
  }
}
