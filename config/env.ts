/**
 * Build-time checks on the environment. The API base comes from .env.<mode> files
 * (TARO_APP_API_BASE); a production build refuses anything but https.
 */
export function assertApiBase(value: string | undefined, mode: string): string {
  const base = (value ?? '').trim().replace(/\/+$/, '')
  if (!base) {
    throw new Error(`TARO_APP_API_BASE is not set for mode "${mode}": add it to .env.${mode}`)
  }
  let url: URL
  try {
    url = new URL(base)
  } catch {
    throw new Error(`TARO_APP_API_BASE is not a valid URL: ${base}`)
  }
  if (mode === 'production' && url.protocol !== 'https:') {
    throw new Error(`A production build needs an https API base; TARO_APP_API_BASE is ${base}`)
  }
  return base
}

/** An optional timeout override in milliseconds (1 s to 120 s); undefined keeps the app's default. */
export function timeoutFromEnv(value: string | undefined, name: string): number | undefined {
  const raw = (value ?? '').trim()
  if (!raw) return undefined
  const ms = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(ms >= 1000 && ms <= 120_000)) {
    throw new Error(`${name} must be a whole number of milliseconds from 1000 to 120000; it is ${raw}`)
  }
  return ms
}
