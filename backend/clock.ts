/**
 * The backend's own clock: real time plus an offset the operator can set, so demos and tests can
 * stand on any date while time still moves. Every date the backend uses comes from here.
 */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000

export class Clock {
  private offsetMs: number

  constructor(offsetMs = 0) {
    this.offsetMs = offsetMs
  }

  /** An offset that makes the clock read `at` now. */
  static offsetFor(at: Date | string): number {
    const target = typeof at === 'string' ? new Date(at) : at
    if (Number.isNaN(target.getTime())) throw new Error(`not a valid instant: ${String(at)}`)
    return target.getTime() - Date.now()
  }

  get offset(): number {
    return this.offsetMs
  }

  setOffset(offsetMs: number): void {
    this.offsetMs = offsetMs
  }

  set(at: Date | string): void {
    this.offsetMs = Clock.offsetFor(at)
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs)
  }

  nowIso(): string {
    return this.now().toISOString()
  }

  /** The calendar date in China Standard Time, 'YYYY-MM-DD'. */
  today(): string {
    return toCstDate(this.now())
  }

  /** An instant `ms` from now on this clock. */
  later(ms: number): string {
    return new Date(this.now().getTime() + ms).toISOString()
  }
}

export function toCstDate(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10)
}
