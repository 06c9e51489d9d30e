/** Every route of the app in one place; tab pages live in the main package, flows in subpackages. */
export const TAB_ROUTES = {
  home: '/pages/index/index',
  work: '/pages/work/index',
  mine: '/pages/mine/index',
} as const

export const ROUTES = {
  realname: '/packages/identity/realname/index',
  photo: '/packages/identity/photo/index',
  certificateDetail: (id: string) => `/packages/certificate/detail/index?id=${encodeURIComponent(id)}`,
  applicationDetail: (id: string) => `/packages/work/detail/index?id=${encodeURIComponent(id)}`,
}
