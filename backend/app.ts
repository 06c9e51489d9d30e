/**
 * The reference backend: stands in for the province's REST service in development, demos and
 * tests. buildApp() wires the contract-driven routes, the operator interface and the services;
 * main.ts listens on a port, tests call app.inject().
 */
import { randomBytes, randomUUID } from 'node:crypto'
import cors from '@fastify/cors'
import multipart from '@fastify/multipart'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  DEFAULT_RATE_LIMIT,
  RateLimiter,
  Sessions,
  VERIFY_RATE_LIMIT,
  type RateLimitOptions,
  type VerifyRateLimitOptions,
} from './auth'
import { Clock } from './clock'
import { clientConfig } from './config'
import type { Services } from './context'
import { loadContract } from './contract'
import { Faults } from './faults'
import { fail, toFailure } from './errors'
import { DEFAULT_CORS_ORIGINS, hostCheck, LOOPBACK_NAMES } from './guard'
import { installErrorHandling, registerContractRoutes, sendFailure } from './http'
import { loggerOptions } from './logging'
import { registerOperatorRoutes } from './operator'
import { applicationHandlers } from './routes/applications'
import { certificateHandlers } from './routes/certificates'
import { identityHandlers, PHOTO_MULTIPART_LIMITS } from './routes/identity'
import { reminderHandlers } from './routes/reminders'
import { sceneHandlers } from './routes/scenes'
import { sessionHandlers } from './routes/session'
import { verificationHandlers } from './routes/verification'
import { seedState } from './seed'
import { DEFAULT_REALNAME_LIMITS, type RealNameLimits } from './realname'
import { KeyedMutex, Store } from './store'
import { createAjv } from './validation'

export interface BuildOptions {
  /**
   * The development stand-ins: `demo:` login codes and the default demo holder, the development
   * face-verification results and `demo-phone:` codes. Off unless asked for: `npm start` and the
   * tests turn it on; without it the reference backend signs nobody in and confirms no face check.
   */
  demo?: boolean
  /** Token the operator interface asks for (X-Operator-Token); default: a new random one */
  operatorToken?: string
  /** Host names the backend answers to (DNS-rebinding guard); default: the loopback names */
  allowedHosts?: string[]
  /** Browser origins that may read answers (CORS, no credentials); default: the H5 dev and test servers */
  corsOrigins?: string[]
  /**
   * The reverse proxies in front of the backend (fastify's trustProxy): their addresses or CIDR
   * ranges ('127.0.0.1', '10.0.0.0/8', 'loopback'). Only X-Forwarded-For entries added by them are
   * believed, so sign-ins are limited per real client instead of per proxy. Default: no proxy.
   */
  trustProxy?: string | string[]
  /** Where the backend clock starts (it then runs in real time); default: real time */
  clock?: Date | string
  /** JSON file the state is loaded from and saved to; default: memory only */
  stateFile?: string
  logger?: boolean
  logLevel?: string
  /** Where log lines go (default stdout); tests read them to check masking */
  logStream?: NodeJS.WritableStream
  rateLimit?: Partial<RateLimitOptions>
  realNameLimits?: Partial<RealNameLimits>
  /** https hosts whose study links the client opens in its web-view */
  studyLinkHosts?: string[]
  /** WeChat subscription-message template ids handed to the client */
  subscribeTemplates?: { expiry?: string; applicationStatus?: string }
  /** Public base address of the verification page in QR codes (default: the request's address) */
  publicBaseUrl?: string
  /** Verification-page look-ups per client address and window */
  verifyRateLimit?: Partial<VerifyRateLimitOptions>
}

/** The settings given, without the ones left undefined (which would hide the defaults). */
function defined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>
}

export async function buildApp(options: BuildOptions = {}): Promise<FastifyInstance> {
  const contract = loadContract()
  const bodyAjv = createAjv(contract, { coerceTypes: false })
  const paramAjv = createAjv(contract, { coerceTypes: true })

  const initialOffset = options.clock !== undefined ? Clock.offsetFor(options.clock) : 0
  const clock = new Clock(initialOffset)
  const saved = options.stateFile ? Store.readFile(options.stateFile) : null
  // A saved state keeps its own clock unless the caller fixes one.
  if (saved && options.clock === undefined) clock.setOffset(saved.state.clockOffsetMs)
  const store = new Store(saved?.state ?? seedState(clock.today()), options.stateFile, saved?.text ?? null)

  const config = clientConfig({
    studyLinkHosts: options.studyLinkHosts,
    subscribeTemplates: options.subscribeTemplates,
  })
  const limits = { ...DEFAULT_RATE_LIMIT, ...defined(options.rateLimit) }
  const sessionLimiter = new RateLimiter(limits.sessionsPerWindow, limits.windowMs)
  const accountLimiter = new RateLimiter(limits.requestsPerAccount, limits.windowMs)
  const verify = { ...VERIFY_RATE_LIMIT, ...defined(options.verifyRateLimit) }
  const verifyLimiter = new RateLimiter(verify.lookupsPerWindow, verify.windowMs)
  const faults = new Faults()
  const operatorToken = options.operatorToken ?? randomBytes(24).toString('base64url')

  const services: Services = {
    store,
    clock,
    config,
    demo: options.demo === true,
    sessions: new Sessions(store),
    sessionLimiter,
    accountLimiter,
    realNameLimits: { ...DEFAULT_REALNAME_LIMITS, ...defined(options.realNameLimits) },
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
      accountLimiter.reset()
      verifyLimiter.reset()
      services.persist()
    },
  }

  const app = Fastify({
    trustProxy: options.trustProxy ?? false,
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

  // Before everything else (CORS preflights and unknown paths included): the Host must be ours.
  app.addHook('onRequest', hostCheck(services, options.allowedHosts ?? LOOPBACK_NAMES))
  const corsOrigins = options.corsOrigins ?? DEFAULT_CORS_ORIGINS
  await app.register(cors, {
    // Per request: the holder API for the listed H5 origins only, without credentials (the token
    // travels in Authorization, never in a cookie); the operator interface gets no CORS at all.
    delegator(request, callback) {
      if (request.url.startsWith('/__operator')) return callback(null, { origin: false })
      callback(null, {
        origin: corsOrigins,
        credentials: false,
        methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
        allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Upload-Id', 'X-Request-Id'],
        exposedHeaders: ['Retry-After', 'X-Request-Id'],
        maxAge: 600,
      })
    },
  })
  // One photo part and nothing else; small part headers (a JPEG of at most photo.maxBytes).
  await app.register(multipart, { limits: PHOTO_MULTIPART_LIMITS(config.photo.maxBytes) })
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Request-Id', request.id)
    reply.header('X-Content-Type-Options', 'nosniff')
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
  registerOperatorRoutes(app, services, operatorToken)
  services.persist()
  return app
}
