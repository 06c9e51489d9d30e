/**
 * The backend's clock is the authority for dates (renewal windows, days left): every response
 * carries meta.serverTime and the client keeps the offset to its own clock.
 */
let offsetMs = 0

export function noteServerTime(serverTime: unknown, localNow = Date.now()): void {
  if (typeof serverTime !== 'string') return
  const t = Date.parse(serverTime)
  if (!Number.isNaN(t)) offsetMs = t - localNow
}

export function serverNow(): number {
  return Date.now() + offsetMs
}

/** Today's date in China Standard Time, 'YYYY-MM-DD'. */
export function serverToday(): string {
  return new Date(serverNow() + 8 * 3600_000).toISOString().slice(0, 10)
}

export function resetClockOffset(): void {
  offsetMs = 0
}
