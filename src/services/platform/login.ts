import Taro from '@tarojs/taro'

/** WeChat: a one-time login code the backend exchanges for the user's identity. */
export async function getLoginCode(): Promise<string> {
  const { code } = await Taro.login()
  if (!code) throw new Error('wx.login returned no code')
  return code
}
