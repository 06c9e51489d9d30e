/**
 * The reference backend: stands in for the province's REST service in development, demos and
 * tests. buildApp() wires the contract-driven routes, the operator interface and the services;
 * main.ts listens on a port, tests call app.inject().
 */
import { randomUUID } from 'node:crypto'
import cors from '@fastify/cors'
import multipart from '@fastify/multipart'
import Fastify, { type FastifyInstance } from 'fastify'
import { DEFAULT_RATE_LIMIT, RateLimiter, Sessions, VERIFY_RATE_LIMIT, type RateLimitOptions } from './auth'
import { Clock } from './clock'
import { clientConfig } from './config'
import type { Services } from './context'
import { loadContract } from './contract'
import { Faults } from './faults'
import { fail, toFailure } from './errors'
import { installErrorHandling, registerContractRoutes, sendFailure } from './http'
import { loggerOptions } from './logging'
import { registerOperatorRoutes } from './operator'
import { applicationHandlers } from './routes/applications'
import { certificateHandlers } from './routes/certificates'
import { identityHandlers } from './routes/identity'
import { reminderHandlers } from './routes/reminders'
import { sceneHandlers } from './routes/scenes'
import { sessionHandlers } from './routes/session'
import { verificationHandlers } from './routes/verification'
import { seedState } from './seed'
import { KeyedMutex, Store } from './store'
import { createAjv } from './validation'

export interface BuildOptions {
  /** Where the backend clock starts (it then runs in real time); default: real time */
  clock?: Date | string
  /** JSON file the state is loaded from and saved to; default: memory only */
  stateFile?: string
  logger?: boolean
  logLevel?: string
  /** Where log lines go (default stdout); tests read them to check masking */
  logStream?: NodeJS.WritableStream
  rateLimit?: Partial<RateLimitOptions>
  /** https hosts whose study links the client opens in its web-view */
  studyLinkHosts?: string[]
  /** WeChat subscription-message template ids handed to the client */
  subscribeTemplates?: { expiry?: string; applicationStatus?: string }
  /** Public base address of the verification page in QR codes (default: the request's address) */
  publicBaseUrl?: string
  /** Verification-page look-ups per client address and window */
  verifyRateLimit?: Partial<RateLimitOptions>
}

export async function buildApp(options: BuildOptions = {}): Promise<FastifyInstance> {
  const contract = loadContract()
  const bodyAjv = createAjv(contract, { coerceTypes: false })
  const paramAjv = createAjv(contract, { coerceTypes: true })

  const initialOffset = options.clock !== undefined ? Clock.offsetFor(options.clock) : 0
  const clock = new Clock(initialOffset)
  const saved = options.stateFile ? Store.readFile(options.stateFile) : null
  // A saved state keeps its own clock unless the caller fixes one.
  if (saved && options.clock === undefined) clock.setOffset(saved.clockOffsetMs)
  const store = new Store(saved ?? seedState(clock.today()), options.stateFile)

  const config = clientConfig({
    studyLinkHosts: options.studyLinkHosts,
    subscribeTemplates: options.subscribeTemplates,
  })
  const sessionLimiter = new RateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit })
  const verifyLimiter = new RateLimiter({ ...VERIFY_RATE_LIMIT, ...options.verifyRateLimit })
  const faults = new Faults()

  const services: Services = {
    store,
    clock,
    config,
    sessions: new Sessions(store, clock),
    sessionLimiter,
    verifyLimiter,
    publicBaseUrl: options.publicBaseUrl,
    faults,
    locks: new KeyedMutex(),
    contract,
    bodyAjv,
    persist() {
      store.state.clockOffsetMs = clock.offset
      store.save()
    },
    reset() {
      clock.setOffset(initialOffset)
      const fresh = seedState(clock.today(), {})
      // Seeded users keep their ids, so their open sessions survive a reset; others' do not.
      const userIds = new Set(fresh.users.map((u) => u.id))
      fresh.tokens = store.state.tokens.filter((t) => userIds.has(t.userId))
      store.replace(fresh)
      faults.clear()
      sessionLimiter.reset()
      verifyLimiter.reset()
      services.persist()
    },
  }

  const app = Fastify({
    logger: options.logger ? loggerOptions(options.logLevel ?? 'info', options.logStream) : false,
    genReqId(req) {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID()
    },
    bodyLimit: 1024 * 1024,
    // A URL whose percent-encoding does not decode (a damaged QR link) is answered in the envelope too.
    frameworkErrors(error, request, reply) {
      const failure =
        error.code === 'FST_ERR_BAD_URL'
          ? fail('VALIDATION_FAILED', '链接地址中有无法识别的字符，请重新扫码或返回首页')
          : toFailure(error)
      request.log.info({ code: failure.code }, 'request refused')
      sendFailure(reply, services, failure)
    },
  })

  await app.register(cors, {
    // The H5 build runs on another origin; credentials mode needs the origin echoed, not '*'.
    origin: true,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Upload-Id', 'X-Request-Id'],
    exposedHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  })
  await app.register(multipart, { limits: { fileSize: config.photo.maxBytes, files: 1, fields: 5 } })
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Request-Id', request.id)
    return payload
  })

  installErrorHandling(app, services)
  registerContractRoutes(
    app,
    services,
    {
      ...sessionHandlers,
      ...identityHandlers,
      ...certificateHandlers,
      ...applicationHandlers,
      ...reminderHandlers,
      ...sceneHandlers,
      ...verificationHandlers,
    },
    paramAjv,
  )
  registerOperatorRoutes(app, services)
  services.persist()
  return app
}
