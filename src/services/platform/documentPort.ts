/** Showing a downloaded PDF differs per platform: WeChat's document viewer, or the browser's download. */
export interface OpenedDocument {
  /** What the holder can do next with it, in words fit to show */
  hint: string
}
