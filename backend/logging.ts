/**
 * Log hygiene: ID numbers, phone numbers and tokens never reach a log line in clear. Request
 * bodies are never logged; URLs and error texts are masked before they are written.
 */
import type { FastifyServerOptions } from 'fastify'

const ID_18 = /(?<![0-9A-Za-z])(\d{3})\d{11}(\d{3}[\dXx])(?![0-9A-Za-z])/g
const ID_15 = /(?<![0-9A-Za-z])(\d{3})\d{8}(\d{4})(?![0-9A-Za-z])/g
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g
const BEARER = /(Bearer\s+)[^\s"',]+/gi

export function maskText(text: string): string {
  return text
    .replace(ID_18, (_, a: string, b: string) => `${a}${'*'.repeat(11)}${b.toUpperCase()}`)
    .replace(ID_15, (_, a: string, b: string) => `${a}${'*'.repeat(8)}${b}`)
    .replace(PHONE, '$1****$2')
    .replace(BEARER, '$1***')
}

interface LoggableRequest {
  id?: string
  method?: string
  url?: string
}

/** fastify logger options: only method, masked URL and status; no headers, no bodies. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req(req: LoggableRequest) {
        return { id: req.id, method: req.method, url: maskText(String(req.url ?? '')) }
      },
      res(res: { statusCode?: number }) {
        return { statusCode: res.statusCode }
      },
      err(err: Error) {
        return { type: err.name, message: maskText(err.message), stack: maskText(err.stack ?? '') }
      },
    },
  }
}
