import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { assertApiBase, timeoutFromEnv } from './env'
import { NoFunctionConstructorPlugin } from './no-function-constructor'

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  // A production build must never ship a plain-http API base: refuse to build rather than ship it.
  const apiBase = assertApiBase(process.env.TARO_APP_API_BASE, mode)
  // The client's version, compared with the backend's minimum (GET /v1/config) to force a restart.
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
    version: string
  }

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'anguan-miniprogram',
    date: '2026-11-23',
    // NutUI is designed at 375px, the app at 750px.
    designWidth(input) {
      return /@nutui/.test((input as { file?: string } | undefined)?.file ?? '') ? 375 : 750
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // TARO_OUTPUT_DIR lets the test pipeline build beside dist/weapp (what WeChat DevTools opens).
    outputRoot: process.env.TARO_OUTPUT_DIR ?? `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      APP_VERSION: JSON.stringify(version),
      API_BASE: JSON.stringify(apiBase),
      API_TIMEOUT_MS: String(timeoutFromEnv(process.env.TARO_APP_API_TIMEOUT_MS, 'TARO_APP_API_TIMEOUT_MS')),
      UPLOAD_TIMEOUT_MS: String(
        timeoutFromEnv(process.env.TARO_APP_UPLOAD_TIMEOUT_MS, 'TARO_APP_UPLOAD_TIMEOUT_MS'),
      ),
    },
    // The weapp's sitemap.json (WeChat search indexing) sits beside app.json.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/sitemap.json', to: `${process.env.TARO_OUTPUT_DIR ?? 'dist/weapp'}/sitemap.json` }]
          : [],
      options: {},
    },
    // Taro's mini-program default escapes every non-ASCII character (ascii_only): each Chinese
    // character then takes 6 bytes (\uXXXX) instead of its 3 in UTF-8, which WeChat reads as is.
    // The H5 build keeps terser's own default, which is already UTF-8.
    ...(process.env.TARO_ENV === 'h5'
      ? {}
      : { terser: { enable: true, config: { output: { ascii_only: false } } } }),
    framework: 'react',
    compiler: {
      type: 'webpack5',
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    // No persistent webpack cache: it has served stale re-exports across subpackages after edits.
    cache: { enable: false },
    mini: {
      optimizeMainPackage: { enable: true },
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('no-function-constructor').use(NoFunctionConstructorPlugin)
      },
    },
    h5: {
      publicPath: '/',
      devServer: { host: '127.0.0.1', port: Number(process.env.H5_PORT ?? 10086) },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
