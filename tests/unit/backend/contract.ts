/**
 * Test-side contract checker: every response a test receives is validated against the schema the
 * OpenAPI document declares for that operation and status. Deliberately independent of the
 * backend's own validation code, so a bug there cannot hide a bug here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'

type Dict = Record<string, any>

export const document: Dict = parse(readFileSync(join(__dirname, '../../../backend/openapi.yaml'), 'utf8'))

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite)
  if (!value || typeof value !== 'object') return value
  const out: Dict = {}
  for (const [k, v] of Object.entries(value as Dict)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace('#/components/schemas/', 'api#/$defs/')
    else if (k === 'discriminator') out.discriminator = { propertyName: (v as Dict).propertyName }
    else out[k] = rewrite(v)
  }
  return out
}

const ajv = new Ajv2020({ allErrors: true, strict: false, discriminator: true })
addFormats(ajv)
ajv.addSchema({ $id: 'api', $defs: rewrite(document.components.schemas) as Dict })

function deref(node: Dict): Dict {
  let current = node
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/components/')) {
    const [, , section, name] = current.$ref.split('/')
    current = document.components[section][name]
  }
  return current
}

export interface OperationInfo {
  operationId: string
  method: string
  path: string
  operation: Dict
}

export const operations: OperationInfo[] = Object.entries(document.paths as Dict).flatMap(([path, item]) =>
  ['get', 'post', 'put', 'delete', 'patch']
    .filter((m) => (item as Dict)[m])
    .map((m) => ({
      operationId: (item as Dict)[m].operationId,
      method: m.toUpperCase(),
      path,
      operation: (item as Dict)[m],
    })),
)

export function operation(operationId: string): OperationInfo {
  const op = operations.find((o) => o.operationId === operationId)
  if (!op) throw new Error(`no operation ${operationId} in the contract`)
  return op
}

const compiled = new Map<string, ValidateFunction>()

/**
 * Throws unless `body` (parsed JSON, or null for non-JSON answers) is what the contract promises
 * for this operation and status. Statuses not listed fall back to `default`.
 */
export function assertMatchesContract(
  operationId: string,
  status: number,
  contentType: string,
  body: unknown,
): void {
  const op = operation(operationId)
  const declared = op.operation.responses[String(status)] ?? op.operation.responses.default
  if (!declared) throw new Error(`${operationId}: status ${status} is not in the contract`)
  const response = deref(declared)
  const media = contentType.split(';')[0].trim()
  const content = response.content ?? {}
  if (!content[media]) {
    throw new Error(
      `${operationId} ${status}: content type ${media} not declared (${Object.keys(content).join(', ')})`,
    )
  }
  if (media !== 'application/json') return
  const key = `${operationId}:${status in op.operation.responses ? status : 'default'}`
  let validate = compiled.get(key)
  if (!validate) {
    validate = ajv.compile(rewrite(content[media].schema) as Dict)
    compiled.set(key, validate)
  }
  if (!validate(body)) {
    throw new Error(
      `${operationId} ${status} response does not match the contract:\n${JSON.stringify(validate.errors, null, 2)}\nbody: ${JSON.stringify(body).slice(0, 2000)}`,
    )
  }
}
