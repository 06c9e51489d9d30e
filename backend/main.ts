/**
 * Starts the reference backend.
 *   npm run backend -- [--port 8787] [--host 127.0.0.1] [--state backend/state.json]
 * Environment: PORT, HOST, STATE_FILE, LOG_LEVEL (info), STUDY_LINK_HOSTS (comma-separated),
 * EXPIRY_TEMPLATE_ID and STATUS_TEMPLATE_ID (WeChat subscription-message templates), PUBLIC_BASE_URL
 * (the public address put in verification QR codes; default: the address a request came in on).
 */
import { buildApp } from './app'
import { DEMO_HOLDERS } from './seed'

function flag(name: string): string | undefined {
  const args = process.argv.slice(2)
  const i = args.indexOf(`--${name}`)
  if (i >= 0) return args[i + 1]
  const inline = args.find((a) => a.startsWith(`--${name}=`))
  return inline?.slice(name.length + 3)
}

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.PORT ?? 8787)
  const host = flag('host') ?? process.env.HOST ?? '127.0.0.1'
  const stateFile = flag('state') ?? process.env.STATE_FILE ?? undefined
  const studyLinkHosts = process.env.STUDY_LINK_HOSTS?.split(',')
    .map((h) => h.trim())
    .filter(Boolean)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`invalid port: ${String(port)}`)

  const app = await buildApp({
    stateFile,
    logger: true,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    studyLinkHosts: studyLinkHosts?.length ? studyLinkHosts : undefined,
    subscribeTemplates: {
      expiry: process.env.EXPIRY_TEMPLATE_ID || undefined,
      applicationStatus: process.env.STATUS_TEMPLATE_ID || undefined,
    },
    publicBaseUrl: process.env.PUBLIC_BASE_URL || undefined,
  })
  const address = await app.listen({ port, host })
  const quiet = process.env.LOG_LEVEL === 'warn' || process.env.LOG_LEVEL === 'error'
  if (!quiet) {
    console.log(`\n参考后端已启动 / reference backend listening on ${address}`)
    console.log(`  operator API: ${address}/__operator (see backend/README.md)`)
    console.log(`  state: ${stateFile ?? 'in memory (use --state <file> to persist)'}`)
    console.log('  demo holders (sign in with code "demo:<key>"; "demo:new:<anything>" is a new user):')
    for (const h of DEMO_HOLDERS) console.log(`    ${h.key.padEnd(17)} ${h.name}  ${h.summary}`)
  }

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
