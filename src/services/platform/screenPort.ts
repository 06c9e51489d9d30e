/**
 * Showing a certificate on site: the screen as bright as it goes and kept on while the page is in
 * front, then as it was. Brightness and keep-on differ per platform (WeChat's APIs, the browser's
 * Wake Lock); the page only asks for "bright" and gets back how to undo it.
 */
export type RestoreScreen = () => Promise<void>
