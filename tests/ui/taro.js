// @tarojs/taro for jsdom: the real H5 implementation plus the React lifecycle hooks.
import Taro from '@tarojs/taro-h5'

export * from '@tarojs/taro-h5'
export {
  useDidHide,
  useDidShow,
  useLaunch,
  useLoad,
  usePullDownRefresh,
  useReady,
  useRouter,
  useUnload,
} from '@tarojs/plugin-framework-react/dist/runtime'
export default Taro
