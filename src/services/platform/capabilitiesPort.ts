/** Features that need a recent enough WeChat (its base library); the browser build has them all. */
export type Capability = 'faceVerification' | 'chooseMedia'

export interface MissingCapability {
  /** What the holder cannot do, in words */
  what: string
  /** The base library the feature needs */
  minimum: string
}
