/**
 * Whether the phone has a network, for the offline banner. When the network comes back, the
 * loaders that pages registered run again, so nothing stays stale or blank after a dead zone.
 */
import { create } from 'zustand'
import { watchNetwork } from '../../services/platform/network'

interface NetworkState {
  online: boolean
  /** Set when the network came back, until the holder dismisses the note. */
  recovered: boolean
  dismiss(): void
}

export const useNetwork = create<NetworkState>()((set) => ({
  online: true,
  recovered: false,
  dismiss: () => set({ recovered: false }),
}))

const reloaders = new Set<() => unknown>()

/** Registers a reload to run when the network returns; returns the unregister function. */
export function onReconnect(reload: () => unknown): () => void {
  reloaders.add(reload)
  return () => reloaders.delete(reload)
}

export function reloadAll(): void {
  for (const reload of reloaders) {
    try {
      void reload()
    } catch {
      /* each loader shows its own error state */
    }
  }
}

let started = false

/** Starts watching once per launch. */
export function startNetworkWatch(): void {
  if (started) return
  started = true
  watchNetwork((online) => {
    const was = useNetwork.getState().online
    if (online === was) return
    useNetwork.setState({ online, recovered: online })
    if (online) reloadAll()
  })
}
