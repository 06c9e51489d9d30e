/** The pages the app declares (src/app.config.ts), to check that every in-app link goes somewhere. */
type AppConfig = { pages: string[]; subPackages?: { root: string; pages: string[] }[] }

function loadAppConfig(): AppConfig {
  const g = globalThis as unknown as { defineAppConfig?: (c: AppConfig) => AppConfig }
  g.defineAppConfig = (c) => c
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('../../../src/app.config').default as AppConfig
}

const config = loadAppConfig()

export const DECLARED_PAGES: string[] = [
  ...config.pages.map((p) => `/${p}`),
  ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`)),
]

export function isDeclaredPage(url: string): boolean {
  return DECLARED_PAGES.includes(url.split('?')[0])
}
