/** Client versions as x.y.z: is this build older than the backend's minimum? */
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/

export function isValidVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION.test(value)
}

/** True when `current` is older than `minimum`; a malformed value never forces anything. */
export function isOlderVersion(current: string, minimum: string): boolean {
  const a = VERSION.exec(current)
  const b = VERSION.exec(minimum)
  if (!a || !b) return false
  for (let i = 1; i <= 3; i++) {
    if (Number(a[i]) !== Number(b[i])) return Number(a[i]) < Number(b[i])
  }
  return false
}
