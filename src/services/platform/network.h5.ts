/** Browser: navigator.onLine and the online/offline events. */
export function watchNetwork(onChange: (online: boolean) => void): void {
  if (typeof window === 'undefined') return
  onChange(window.navigator.onLine !== false)
  window.addEventListener('online', () => onChange(true))
  window.addEventListener('offline', () => onChange(false))
}
