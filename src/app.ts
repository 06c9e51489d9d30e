import type { PropsWithChildren } from 'react'
import { useDidShow, useLaunch } from '@tarojs/taro'
import { openLaunchQuery } from './features/launch/launch'
import { useProfile } from './data/profile/store'
import { useSession } from './data/session/store'
import { startUpdateCare } from './features/update/update'
import { listenForConsentRequests } from './data/privacy/store'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    startUpdateCare()
    listenForConsentRequests()
    // The configuration is public: it goes out with the sign-in instead of after it.
    void useProfile.getState().loadConfig()
    void useSession.getState().hydrate()
    void openLaunchQuery(options?.query)
  })
  // A QR code scanned while the app is already open arrives with the next onShow.
  useDidShow((options?: { query?: Record<string, string> }) => {
    void openLaunchQuery(options?.query)
  })
  return children
}

export default App
