/**
 * The NutUI components the app uses, imported one by one with their own styles so the main
 * package carries only these.
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button/index'
