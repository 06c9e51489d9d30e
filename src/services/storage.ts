import Taro from '@tarojs/taro'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/** zustand persist over Taro's sync storage. WeChat answers '' for a missing key; persist needs null. */
export const taroStateStorage: StateStorage = {
  getItem(name) {
    try {
      const value = Taro.getStorageSync(name)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(name, value) {
    try {
      Taro.setStorageSync(name, value)
    } catch (err) {
      // Storage full or unavailable: the app keeps working from memory.
      console.warn('storage write failed', name, err)
    }
  },
  removeItem(name) {
    try {
      Taro.removeStorageSync(name)
    } catch {
      /* nothing stored */
    }
  },
}

export const persistStorage = createJSONStorage(() => taroStateStorage)
