/**
 * Log hygiene: ID numbers, phone numbers, tokens and photo addresses never reach a log line in
 * clear. Request bodies and headers are never logged; every line, whatever wrote it, passes through
 * maskText on its way to the output.
 */
import type { FastifyServerOptions } from 'fastify'

/** A digit, X or x written as a percent escape, at any depth of re-encoding (%33, %2533, %252533). */
const PERCENT_ID_CHAR = /%(?:25)*(3[0-9]|58|78)/gi
/** Full-width digits and X. */
const FULL_WIDTH_ID_CHAR = /[\uff10-\uff19\uff38\uff58]/g
/**
 * 17 or more digits and a check character, whatever stands next to them (letters, other digits):
 * the whole run is masked but for its first 3 and last 4 characters.
 */
const ID_RUN = /(\d{3})\d{11,}(\d{3}[\dXx])/g
const ID_15 = /(?<![0-9A-Za-z])(\d{3})\d{8}(\d{4})(?![0-9A-Za-z])/g
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g
const BEARER = /(Bearer\s+)[^\s"',]+/gi
/** A photo's address is its capability (GET needs no token): neither the id nor the URL is logged. */
const PHOTO_PATH = /(\/v1\/photos\/)[^\s"'?#]+/gi
const PHOTO_ID = /(?<![A-Za-z0-9])p_[0-9a-f]{8,}/gi

export function maskText(text: string): string {
  return text
    .replace(PERCENT_ID_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(FULL_WIDTH_ID_CHAR, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ID_RUN, (_, a: string, b: string) => `${a}${'*'.repeat(11)}${b.toUpperCase()}`)
    .replace(ID_15, (_, a: string, b: string) => `${a}${'*'.repeat(8)}${b}`)
    .replace(PHONE, '$1****$2')
    .replace(BEARER, '$1***')
    .replace(PHOTO_PATH, '$1***')
    .replace(PHOTO_ID, 'p_***')
}

interface LoggableRequest {
  id?: string
  method?: string
  url?: string
}

/** Every line masked before it is written (pino writes whole lines). */
function maskingStream(target: NodeJS.WritableStream): { write(line: string): void } {
  return {
    write(line: string) {
      target.write(maskText(line))
    },
  }
}

/** fastify logger options: only method, masked URL and status; no headers, no bodies. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    stream: maskingStream(stream ?? process.stdout),
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
