export default defineAppConfig({
  // H5 only: no sliding page transition. Its timers can hide a tab page that is shown again
  // within 350 ms (a quick 返回), leaving a blank screen; old phones also render faster without it.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  pages: ['pages/index/index', 'pages/work/index', 'pages/mine/index'],
  // WeChat: load only the components a page uses (base library 2.11.1; older ones ignore it).
  ...(process.env.TARO_ENV === 'weapp' ? { lazyCodeLoading: 'requiredComponents' } : {}),
  // WeChat search indexes 首页 and 常见问题 only, never a page with personal data.
  sitemapLocation: 'sitemap.json',
  subPackages: [
    { root: 'packages/identity', pages: ['realname/index', 'photo/index'] },
    { root: 'packages/certificate', pages: ['detail/index', 'show/index'] },
    { root: 'packages/work', pages: ['detail/index', 'webview/index'] },
    { root: 'packages/apply', pages: ['form/index', 'guide/index'] },
    { root: 'packages/help', pages: ['faq/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/certificate', 'packages/apply'] },
    'pages/work/index': { network: 'all', packages: ['packages/work'] },
    'pages/mine/index': { network: 'all', packages: ['packages/help'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTitleText: '安管人员证书服务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
  tabBar: {
    color: '#444444',
    selectedColor: '#0b57a4',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/work/index',
        text: '办事',
        iconPath: 'assets/tabbar/work.png',
        selectedIconPath: 'assets/tabbar/work-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
})
