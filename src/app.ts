import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import 'dayjs/locale/zh-cn'
import dayjs from 'dayjs'
import { useSession } from './features/session/store'
import './app.scss'

dayjs.locale('zh-cn')

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().hydrate()
  })
  return children
}

export default App
