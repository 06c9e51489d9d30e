/**
 * H5 (browser preview and tests): there is no WeChat login. The code is a demo code chosen in
 * localStorage (`anguan.demoLogin`, e.g. "demo:expired"); otherwise a per-browser code that the
 * reference backend maps to its default demo holder.
 */
const KEY = 'anguan.demoLogin'

export async function getLoginCode(): Promise<string> {
  const chosen = window.localStorage.getItem(KEY)
  if (chosen) return chosen
  const generated = `h5-${Math.random().toString(36).slice(2, 12)}`
  window.localStorage.setItem(KEY, generated)
  return generated
}
