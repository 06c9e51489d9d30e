/**
 * Starts the reference backend.
 *   npm run backend -- [--demo] [--port 8787] [--host 127.0.0.1] [--state backend/state.json]
 * --demo turns on the development stand-ins (demo login codes and the default holder, the
 * development face check and phone codes); `npm start` and the tests pass it. Without it nobody
 * can sign in. The backend refuses to start with NODE_ENV=production, and on a host other than
 * loopback without --demo: it is a development and demo tool, never a deployment.
 * Environment: PORT, HOST, STATE_FILE, LOG_LEVEL (info), STUDY_LINK_HOSTS, ALLOWED_HOSTS and
 * CORS_ORIGINS (comma-separated), TRUST_PROXY (addresses or CIDR ranges of the reverse proxies),
 * OPERATOR_TOKEN (else a new one is printed), RATE_LIMIT_SIGNINS and RATE_LIMIT_ACCOUNT (per
 * minute), EXPIRY_TEMPLATE_ID and STATUS_TEMPLATE_ID (WeChat subscription-message templates), PUBLIC_BASE_URL
 * (the public address put in verification QR codes; default: the address a request came in on).
 */
import { networkInterfaces } from 'node:os'
import { randomBytes } from 'node:crypto'
import { buildApp } from './app'
import { DEFAULT_CORS_ORIGINS, isLoopbackAddress, LOOPBACK_NAMES } from './guard'
import { DEMO_HOLDERS } from './seed'

function flag(name: string): string | undefined {
  const args = process.argv.slice(2)
  const i = args.indexOf(`--${name}`)
  if (i >= 0) return args[i + 1]
  const inline = args.find((a) => a.startsWith(`--${name}=`))
  return inline?.slice(name.length + 3)
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((h) => h.trim())
    .filter(Boolean)

function refuse(reason: string): never {
  console.error(`参考后端拒绝启动 / the reference backend will not start:\n  ${reason}`)
  process.exit(1)
}

function perMinute(name: string): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1)
    refuse(`${name} must be a whole number of requests per minute; it is ${raw}`)
  return n
}

async function main(): Promise<void> {
  const demo = process.argv.slice(2).includes('--demo')
  const port = Number(flag('port') ?? process.env.PORT ?? 8787)
  const host = flag('host') ?? process.env.HOST ?? '127.0.0.1'
  const stateFile = flag('state') ?? process.env.STATE_FILE ?? undefined
  const studyLinkHosts = list(process.env.STUDY_LINK_HOSTS)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`invalid port: ${String(port)}`)

  if (process.env.NODE_ENV === 'production') {
    refuse(
      'NODE_ENV=production. This backend stands in for the province in development, demos and tests ' +
        '(its data are made up, its operator interface rewrites them); deploy the real provincial service ' +
        'instead, see backend/README.md「真实省级后端需要另行实现的部分」.',
    )
  }
  if (!isLoopbackAddress(host) && !demo) {
    refuse(
      `--host ${host} is reachable from other machines. Listening there is only for an explicit demo: ` +
        'add --demo (anyone who can reach it can then sign in as a demo holder) and set ALLOWED_HOSTS ' +
        'to the names the phones use; otherwise keep the default 127.0.0.1.',
    )
  }

  // Host names answered: loopback, the listening address, this machine's addresses when listening
  // on all of them (phones on the LAN use those), and whatever ALLOWED_HOSTS adds (a proxy's name).
  const allowedHosts = new Set([...LOOPBACK_NAMES, ...(list(process.env.ALLOWED_HOSTS) ?? [])])
  if (host === '0.0.0.0' || host === '::') {
    for (const addresses of Object.values(networkInterfaces()))
      for (const a of addresses ?? []) allowedHosts.add(a.family === 'IPv6' ? `[${a.address}]` : a.address)
  } else {
    allowedHosts.add(host.includes(':') ? `[${host}]` : host)
  }
  const operatorToken = process.env.OPERATOR_TOKEN || randomBytes(24).toString('base64url')
  if (operatorToken.length < 16) refuse('OPERATOR_TOKEN must be at least 16 characters')

  const app = await buildApp({
    demo,
    operatorToken,
    allowedHosts: [...allowedHosts],
    corsOrigins: list(process.env.CORS_ORIGINS) ?? DEFAULT_CORS_ORIGINS,
    trustProxy: list(process.env.TRUST_PROXY),
    rateLimit: {
      sessionsPerWindow: perMinute('RATE_LIMIT_SIGNINS'),
      requestsPerAccount: perMinute('RATE_LIMIT_ACCOUNT'),
    },
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
  // The operator needs the token, so a generated one is printed even when the banner is not.
  if (!process.env.OPERATOR_TOKEN) console.log(`operator token (header X-Operator-Token): ${operatorToken}`)
  if (!quiet) {
    console.log(`\n参考后端已启动 / reference backend listening on ${address}`)
    console.log(
      `  operator API: http://127.0.0.1:${port}/__operator (this machine only, see backend/README.md)`,
    )
    console.log(`  state: ${stateFile ?? 'in memory (use --state <file> to persist)'}`)
    console.log(`  answers to Host: ${[...allowedHosts].join(', ')}`)
    if (demo) {
      console.log('  demo mode: demo login codes, development face check and phone codes are ON')
      console.log('  demo holders (sign in with code "demo:<key>"; "demo:new:<anything>" is a new user):')
      for (const h of DEMO_HOLDERS) console.log(`    ${h.key.padEnd(17)} ${h.name}  ${h.summary}`)
    } else {
      console.log('  demo mode OFF: nobody can sign in (start with --demo, as npm start does)')
    }
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
