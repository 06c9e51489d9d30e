/**
 * Loads backend/openapi.yaml once and turns it into the operation table the server is built from:
 * routes, security, parameter and body schemas. The document is the single source of truth.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export const CONTRACT_PATH = join(__dirname, 'openapi.yaml')

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
export type JsonSchema = Record<string, unknown>
export type ParameterLocation = 'path' | 'query' | 'header'

export interface ParameterSpec {
  name: string
  in: ParameterLocation
  required: boolean
  schema: JsonSchema
}

export interface ResponseSpec {
  /** content type -> schema (refs rewritten for the contract's Ajv registry) */
  content: Record<string, JsonSchema | undefined>
}

export interface Operation {
  operationId: string
  method: HttpMethod
  /** OpenAPI template, e.g. /v1/applications/{applicationId} */
  path: string
  /** fastify form, e.g. /v1/applications/:applicationId */
  routePath: string
  secured: boolean
  parameters: ParameterSpec[]
  requestBody?: { required: boolean; content: Record<string, JsonSchema | undefined> }
  responses: Record<string, ResponseSpec>
}

export interface Contract {
  document: Record<string, unknown>
  /** components.schemas with refs rewritten to `contract#/$defs/<Name>` */
  schemas: Record<string, JsonSchema>
  operations: Operation[]
  byId: Map<string, Operation>
}

/** The $id under which the contract's schemas are registered in Ajv. */
export const SCHEMA_REGISTRY_ID = 'contract'

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']

type Dict = Record<string, unknown>
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Follows a local `#/...` pointer inside the document (parameters and responses are referenced). */
function resolveLocal(doc: Dict, value: unknown): unknown {
  let current = value
  for (let guard = 0; isDict(current) && typeof current.$ref === 'string'; guard++) {
    if (guard > 20) throw new Error(`contract: $ref loop at ${String(current.$ref)}`)
    const ref = current.$ref
    if (!ref.startsWith('#/')) throw new Error(`contract: only local $refs are supported (${ref})`)
    let target: unknown = doc
    for (const part of ref.slice(2).split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
      target = isDict(target) ? target[key] : undefined
    }
    if (target === undefined) throw new Error(`contract: unresolved $ref ${ref}`)
    current = target
  }
  return current
}

/**
 * Rewrites `#/components/schemas/X` into the registry form and drops what Ajv cannot take:
 * OpenAPI's discriminator `mapping` (Ajv selects the branch by the tag's const instead).
 */
export function toAjvSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toAjvSchema)
  if (!isDict(value)) return value
  const out: Dict = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
      out.$ref = `${SCHEMA_REGISTRY_ID}#/$defs/${v.slice('#/components/schemas/'.length)}`
    } else if (key === 'discriminator' && isDict(v)) {
      out.discriminator = { propertyName: v.propertyName }
    } else {
      out[key] = toAjvSchema(v)
    }
  }
  return out
}

function contentOf(doc: Dict, content: unknown): Record<string, JsonSchema | undefined> {
  const out: Record<string, JsonSchema | undefined> = {}
  if (!isDict(content)) return out
  for (const [type, media] of Object.entries(content)) {
    const schema = isDict(media) && isDict(media.schema) ? media.schema : undefined
    out[type] = schema ? (toAjvSchema(resolveLocal(doc, schema)) as JsonSchema) : undefined
  }
  return out
}

export function parseContract(text: string): Contract {
  const document = parse(text) as Dict
  if (!isDict(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new Error('contract: expected an OpenAPI 3.1 document')
  }
  const components = isDict(document.components) ? document.components : {}
  const rawSchemas = isDict(components.schemas) ? components.schemas : {}
  const schemas: Record<string, JsonSchema> = {}
  for (const [name, schema] of Object.entries(rawSchemas)) schemas[name] = toAjvSchema(schema) as JsonSchema

  const globalSecured = Array.isArray(document.security) && document.security.length > 0
  const operations: Operation[] = []
  const byId = new Map<string, Operation>()
  const paths = isDict(document.paths) ? document.paths : {}
  for (const [path, item] of Object.entries(paths)) {
    if (!isDict(item)) continue
    const shared = Array.isArray(item.parameters) ? item.parameters : []
    for (const method of METHODS) {
      const raw = item[method.toLowerCase()]
      if (!isDict(raw)) continue
      const operationId = raw.operationId
      if (typeof operationId !== 'string') throw new Error(`contract: ${method} ${path} has no operationId`)
      if (byId.has(operationId)) throw new Error(`contract: duplicate operationId ${operationId}`)
      const parameters: ParameterSpec[] = [
        ...shared,
        ...(Array.isArray(raw.parameters) ? raw.parameters : []),
      ].map((p) => {
        const param = resolveLocal(document, p) as Dict
        const location = param.in
        if (location !== 'path' && location !== 'query' && location !== 'header') {
          throw new Error(`contract: ${operationId} parameter in ${String(location)} is not supported`)
        }
        return {
          name: String(param.name),
          in: location,
          required: location === 'path' ? true : param.required === true,
          schema: toAjvSchema(resolveLocal(document, param.schema ?? {})) as JsonSchema,
        }
      })
      const body = isDict(raw.requestBody) ? (resolveLocal(document, raw.requestBody) as Dict) : undefined
      const responses: Record<string, ResponseSpec> = {}
      for (const [status, response] of Object.entries(isDict(raw.responses) ? raw.responses : {})) {
        const resolved = resolveLocal(document, response) as Dict
        responses[status] = { content: contentOf(document, resolved.content) }
      }
      const operation: Operation = {
        operationId,
        method,
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        secured: Array.isArray(raw.security) ? raw.security.length > 0 : globalSecured,
        parameters,
        requestBody: body
          ? { required: body.required === true, content: contentOf(document, body.content) }
          : undefined,
        responses,
      }
      operations.push(operation)
      byId.set(operationId, operation)
    }
  }
  return { document, schemas, operations, byId }
}

let cached: Contract | null = null

/** The contract next to this file, parsed once per process. */
export function loadContract(): Contract {
  if (!cached) cached = parseContract(readFileSync(CONTRACT_PATH, 'utf8'))
  return cached
}

/** The schema a response with this status must satisfy: the exact status, else `default`. */
export function responseSchema(
  op: Operation,
  status: number,
  contentType = 'application/json',
): JsonSchema | undefined {
  const spec = op.responses[String(status)] ?? op.responses.default
  return spec?.content[contentType]
}
