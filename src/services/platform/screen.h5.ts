import type { RestoreScreen } from './screenPort'

interface WakeLockSentinel {
  release(): Promise<void>
}

/**
 * Browser preview: a page cannot set the screen's brightness; the Screen Wake Lock API keeps it on
 * where the browser has it (and the page is visible). Without it, nothing happens.
 */
export async function brightenScreen(): Promise<RestoreScreen> {
  const wakeLock = (
    navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinel> } }
  ).wakeLock
  let sentinel: WakeLockSentinel | null = null
  try {
    sentinel = wakeLock ? await wakeLock.request('screen') : null
  } catch {
    sentinel = null
  }
  return async () => {
    await sentinel?.release().catch(() => undefined)
  }
}
