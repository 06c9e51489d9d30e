// Types for the two runtime entry points the page-level UI tests use (their packages ship none).
declare module 'react-dom'

declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type { ComponentType } from 'react'

  export function createReactApp(app: ComponentType, react: unknown, dom: unknown, config: object): unknown
  export function connectReactPage(react: unknown, id: string): (page: ComponentType) => ComponentType
}
