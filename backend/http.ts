/**
 * The HTTP layer: routes come from the contract (operationId -> handler), every request is checked
 * against the contract before its handler runs, faults are applied around the handler, and every
 * answer - data or error - leaves in the envelope.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type Ajv2020 from 'ajv/dist/2020'
import type { Operation } from './contract'
import type { HandlerMap, HandlerResult, RequestContext, Services } from './context'
import { type ApiFailure, codeForStatus, errorEnvelope, fail, toFailure, validationFailed } from './errors'
import type { Fault } from './faults'
import { maskText } from './logging'
import { compileOperation, type FieldError } from './validation'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function sendData(
  reply: FastifyReply,
  services: Services,
  status: number,
  data: unknown,
): FastifyReply {
  return reply.code(status).send({ data, meta: { serverTime: services.clock.nowIso() } })
}

export function sendFailure(reply: FastifyReply, services: Services, failure: ApiFailure): FastifyReply {
  for (const [name, value] of Object.entries(failure.extras.headers ?? {})) reply.header(name, value)
  return reply.code(failure.status).send(errorEnvelope(failure, services.clock.nowIso()))
}

/** Errors raised before or around a handler: parsers, plugins, thrown exceptions. */
export function installErrorHandling(app: FastifyInstance, services: Services): void {
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    const failure = toFailure(err)
    if (failure.code === 'INTERNAL') request.log.error({ err }, 'unhandled error')
    else request.log.info({ code: failure.code }, 'request refused')
    return sendFailure(reply, services, failure)
  })
  app.setNotFoundHandler((request, reply) => {
    sendFailure(
      reply,
      services,
      fail('NOT_FOUND', `没有这个接口：${request.method} ${maskText(request.url.split('?')[0])}`),
    )
  })
  // Empty bodies are allowed (POST without payload); broken JSON is the client's error, in the envelope.
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body)
    if (!text.trim()) return done(null, undefined)
    try {
      done(null, JSON.parse(text))
    } catch {
      done(fail('VALIDATION_FAILED', '请求内容不是有效的 JSON'), undefined)
    }
  })
}

/** Validates path, query, the contract's headers and the JSON body; all problems in one answer. */
function validateRequest(
  op: Operation,
  validator: ReturnType<typeof compileOperation>,
  request: FastifyRequest,
): { params: Record<string, string>; query: Record<string, unknown>; body: unknown } {
  const params = { ...(request.params as Record<string, string>) }
  const query = { ...(request.query as Record<string, unknown>) }
  const headerValues: Record<string, unknown> = {}
  for (const p of op.parameters.filter((x) => x.in === 'header')) {
    const value = request.headers[p.name.toLowerCase()]
    if (value !== undefined) headerValues[p.name.toLowerCase()] = value
  }
  const fields: FieldError[] = [
    ...validator.params('path', params),
    ...validator.params('query', query),
    ...validator.params('header', headerValues),
  ]
  const body = request.body
  if (validator.body) {
    if (body === undefined || body === null) {
      if (validator.bodyRequired) throw validationFailed(fields, '请求内容不能为空')
    } else {
      fields.push(...validator.body(body))
    }
  }
  if (fields.length) throw validationFailed(fields)
  return { params, query, body }
}

async function applyFaults(
  faults: Fault[],
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
): Promise<boolean> {
  const latency = faults.reduce((sum, f) => sum + (f.latencyMs ?? 0), 0)
  if (latency > 0) await sleep(latency)
  const terminal = faults.find((f) => f.drop || f.malformed || f.status)
  if (!terminal) return false
  if (terminal.drop) {
    // No answer at all: the connection just goes away, as on a train entering a tunnel.
    reply.hijack()
    request.raw.socket?.destroy()
    reply.raw.destroy()
    return true
  }
  if (terminal.malformed) {
    reply.code(200).type('application/json; charset=utf-8').send('{"data": {"truncat')
    return true
  }
  const status = terminal.status ?? 500
  const code = codeForStatus(status)
  const headers: Record<string, string> = code === 'RATE_LIMITED' ? { 'Retry-After': '1' } : {}
  sendFailure(reply, services, fail(code, undefined, { status, headers }))
  return true
}

/** Whose request this is, for holder-scoped faults: the login code's key, or the token owner's. */
function requester(op: Operation, request: FastifyRequest, services: Services): string | null {
  const code = op.operationId === 'createSession' ? (request.body as { code?: unknown } | null)?.code : null
  const login =
    typeof code === 'string' ? code.trim() : services.sessions.owner(request.headers.authorization)?.loginKey
  return login ? login.replace(/^demo:/, '') : null
}

/** Registers every contract operation; a handler without a path or a path without a handler stops the start. */
export function registerContractRoutes(
  app: FastifyInstance,
  services: Services,
  handlers: HandlerMap,
  paramAjv: Ajv2020,
): void {
  const { contract } = services
  const missing = contract.operations.filter((op) => !handlers[op.operationId]).map((op) => op.operationId)
  if (missing.length) throw new Error(`no handler for contract operation(s): ${missing.join(', ')}`)
  const unknown = Object.keys(handlers).filter((id) => !contract.byId.has(id))
  if (unknown.length) throw new Error(`handler(s) without a path in the contract: ${unknown.join(', ')}`)

  for (const op of contract.operations) {
    const handler = handlers[op.operationId]
    const validator = compileOperation(op, paramAjv, services.bodyAjv)
    app.route({
      method: op.method,
      url: op.routePath,
      config: { operationId: op.operationId },
      handler: async (request, reply) => {
        const concretePath = request.url.split('?')[0]
        const who = requester(op, request, services)
        if (
          await applyFaults(services.faults.take(op, concretePath, 'before', who), request, reply, services)
        )
          return reply
        const afterFaults = services.faults.take(op, concretePath, 'after', who)

        let result: HandlerResult | undefined
        let failure: ApiFailure | undefined
        try {
          const user = op.secured ? services.sessions.authenticate(request.headers.authorization) : null
          // Per account once signed in: behind a proxy the address may be shared by a whole city.
          const wait = user ? services.accountLimiter.hit(user.id) : null
          if (wait !== null) {
            throw fail('RATE_LIMITED', `操作过于频繁，请在 ${wait} 秒后再试`, {
              headers: { 'Retry-After': String(wait) },
              details: { retryAfterSeconds: wait },
            })
          }
          const { params, query, body } = validateRequest(op, validator, request)
          const ctx: RequestContext = {
            request,
            reply,
            params,
            query,
            headers: request.headers,
            body,
            user,
            services,
          }
          result = await handler(ctx)
        } catch (err) {
          failure = toFailure(err)
          if (failure.code === 'INTERNAL') request.log.error({ err }, 'handler failed')
        } finally {
          if (op.method !== 'GET') services.persist()
        }

        if (afterFaults.length && (await applyFaults(afterFaults, request, reply, services))) return reply
        if (failure) return sendFailure(reply, services, failure)
        if (!result) return sendFailure(reply, services, fail('INTERNAL'))
        if ('raw' in result) {
          for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value)
          return reply
            .code(result.status ?? 200)
            .type(result.contentType)
            .send(result.body)
        }
        return sendData(reply, services, result.status ?? 200, result.data)
      },
    })
  }
}
