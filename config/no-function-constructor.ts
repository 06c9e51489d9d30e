import webpack from 'webpack'

/**
 * WeChat refuses `new Function`. webpack's runtime keeps one as a dead fallback when looking for
 * the global object (`this || new Function("return this")()`, after a `globalThis` check that
 * succeeds in WeChat). This plugin removes that fallback from the emitted JavaScript so the bundle
 * holds no Function constructor at all; the build guard in npm test checks the result.
 */
const FALLBACK = /new Function\(\s*["']return this["']\s*\)\(\)/g

export class NoFunctionConstructorPlugin {
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.compilation.tap('NoFunctionConstructorPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'NoFunctionConstructorPlugin',
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER,
        },
        (assets) => {
          for (const [file, source] of Object.entries(assets)) {
            if (!file.endsWith('.js')) continue
            const code = source.source().toString()
            if (!FALLBACK.test(code)) continue
            FALLBACK.lastIndex = 0
            compilation.updateAsset(file, new webpack.sources.RawSource(code.replace(FALLBACK, 'undefined')))
          }
        },
      )
    })
  }
}
