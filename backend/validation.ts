/**
 * Request validation against the contract's schemas, with Chinese per-field messages.
 * Path, query and header values arrive as strings and are coerced; JSON bodies are not.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import {
  SCHEMA_REGISTRY_ID,
  type Contract,
  type JsonSchema,
  type Operation,
  type ParameterLocation,
} from './contract'

export interface FieldError {
  field: string
  message: string
}

export function createAjv(contract: Contract, options: { coerceTypes: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    verbose: true,
    discriminator: true,
    coerceTypes: options.coerceTypes,
    allowUnionTypes: true,
  })
  addFormats(ajv)
  // Upload bodies and the photo response are binary; Ajv never sees them, the keyword is documentation.
  ajv.addFormat('binary', true)
  ajv.addSchema({ $id: SCHEMA_REGISTRY_ID, $defs: contract.schemas })
  return ajv
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  null: '空值',
}

/** Labels for fields whose schema carries no title (a $ref'd type reports errors from inside it). */
const FIELD_LABELS: Record<string, string> = {
  code: '登录凭证',
  name: '姓名',
  idNumber: '身份证号',
  phone: '手机号',
  verifyResult: '人脸核身结果',
  type: '业务类型',
  certificateId: '证书',
  applicationId: '申请编号',
  verifyId: '核验编号',
  photoId: '照片编号',
  token: '场景值',
  fields: '申请内容',
  category: '类别',
  sourceNumber: '原证书编号',
  sourceProvince: '原发证省份',
  validUntil: '有效期至',
  targetProvince: '转入省份',
  reason: '注销原因',
  noAccidentPenalty: '无安全生产事故处罚的声明',
  noBadConductRecord: '无不良行为记录的声明',
  file: '照片文件',
}

type Dict = Record<string, unknown>
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v)

function joinPath(base: string, key: string): string {
  return base ? `${base}.${key}` : key
}

function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')
}

function titleOf(schema: unknown): string | undefined {
  return isDict(schema) && typeof schema.title === 'string' ? schema.title : undefined
}

/**
 * One Chinese message per field. `names` maps a location's keys to what the client sent
 * (header names arrive lower-cased).
 */
export function translateErrors(errors: ErrorObject[], names: Record<string, string> = {}): FieldError[] {
  const out = new Map<string, string>()
  const display = (path: string) =>
    names[path] ?? FIELD_LABELS[path.split('.').pop() ?? ''] ?? (path ? `「${path}」` : '请求内容')
  // Combinator failures repeat what their branches said; keep them only when nothing else explains.
  const specific = errors.filter((e) => !['oneOf', 'anyOf', 'if', 'not'].includes(e.keyword))
  for (const e of specific.length ? specific : errors) {
    const base = pointerToPath(e.instancePath)
    const params = e.params as Dict
    let field = base
    let message: string
    const label = titleOf(e.parentSchema) ?? display(base)
    switch (e.keyword) {
      case 'required': {
        field = joinPath(base, String(params.missingProperty))
        const props =
          isDict(e.parentSchema) && isDict(e.parentSchema.properties) ? e.parentSchema.properties : {}
        const title = titleOf(props[String(params.missingProperty)])
        message = `请填写${title ?? display(field)}`
        break
      }
      case 'additionalProperties':
        field = joinPath(base, String(params.additionalProperty))
        message = `不支持的字段「${String(params.additionalProperty)}」`
        break
      case 'type': {
        const expected = String(params.type)
          .split(',')
          .map((t) => TYPE_NAMES[t] ?? t)
          .join('或')
        message = `${label}的类型不正确，应为${expected}`
        break
      }
      case 'enum':
      case 'const':
        message = `${label}的取值不在允许范围内`
        break
      case 'discriminator':
        field = joinPath(base, String(params.tag))
        message = `${display(field)}的取值不在允许范围内`
        break
      case 'pattern':
      case 'format':
        message = `${label}格式不正确`
        break
      case 'minLength':
        message = Number(params.limit) <= 1 ? `请填写${label}` : `${label}至少${String(params.limit)}个字符`
        break
      case 'maxLength':
        message = `${label}不能超过${String(params.limit)}个字符`
        break
      case 'minimum':
      case 'exclusiveMinimum':
        message = `${label}不能小于${String(params.limit)}`
        break
      case 'maximum':
      case 'exclusiveMaximum':
        message = `${label}不能大于${String(params.limit)}`
        break
      case 'minItems':
        message = `${label}至少需要${String(params.limit)}项`
        break
      case 'maxItems':
        message = `${label}最多${String(params.limit)}项`
        break
      case 'maxProperties':
        message = Number(params.limit) === 0 ? `${label}不需要填写内容` : `${label}包含的项目过多`
        break
      default:
        message = `${label}格式不正确`
    }
    if (!out.has(field)) out.set(field, message)
  }
  return [...out.entries()].map(([field, message]) => ({ field, message }))
}

interface LocationValidator {
  validate: ValidateFunction
  names: Record<string, string>
}

export interface OperationValidator {
  /** Returns field errors; coerces path/query/header values in place. */
  params(location: ParameterLocation, values: Dict): FieldError[]
  /** JSON body check; undefined means the operation takes no JSON body. */
  body?: (value: unknown) => FieldError[]
  bodyRequired: boolean
}

function locationSchema(
  op: Operation,
  location: ParameterLocation,
): { schema: JsonSchema; names: Record<string, string> } {
  const properties: Dict = {}
  const required: string[] = []
  const names: Record<string, string> = {}
  for (const p of op.parameters.filter((x) => x.in === location)) {
    // Node lower-cases incoming header names. Headers keep their own names in messages (the client's
    // code sets them); path and query values are named in Chinese, as body fields are.
    const key = location === 'header' ? p.name.toLowerCase() : p.name
    const label = location === 'header' ? p.name : (FIELD_LABELS[p.name] ?? p.name)
    properties[key] = { ...p.schema, title: p.schema.title ?? label }
    names[key] = label
    if (p.required) required.push(key)
  }
  return { schema: { type: 'object', properties, required }, names }
}

export function compileOperation(op: Operation, paramAjv: Ajv2020, bodyAjv: Ajv2020): OperationValidator {
  const locations = new Map<ParameterLocation, LocationValidator>()
  for (const location of ['path', 'query', 'header'] as const) {
    const { schema, names } = locationSchema(op, location)
    locations.set(location, { validate: paramAjv.compile(schema), names })
  }
  const jsonSchema = op.requestBody?.content['application/json']
  const bodyValidate = jsonSchema ? bodyAjv.compile(jsonSchema) : undefined
  return {
    params(location, values) {
      const v = locations.get(location)
      if (!v || v.validate(values)) return []
      const errors = v.validate.errors ?? []
      if (location !== 'header') return translateErrors(errors, v.names)
      // Headers are set by the client's code, not typed by the person: name the header plainly.
      const seen = new Map<string, string>()
      for (const e of errors) {
        const key =
          e.keyword === 'required' ? String(e.params.missingProperty) : pointerToPath(e.instancePath)
        const name = v.names[key] ?? key
        if (!seen.has(name))
          seen.set(name, e.keyword === 'required' ? `缺少请求头 ${name}` : `请求头 ${name} 格式不正确`)
      }
      return [...seen.entries()].map(([field, message]) => ({ field, message }))
    },
    body: bodyValidate
      ? (value) => (bodyValidate(value) ? [] : translateErrors(bodyValidate.errors ?? []))
      : undefined,
    bodyRequired: op.requestBody?.required === true,
  }
}

/** A validator for one of the contract's named schemas (used for type-dependent parts of a body). */
export function schemaValidator(ajv: Ajv2020, name: string, prefix = ''): (value: unknown) => FieldError[] {
  const validate = ajv.getSchema(`${SCHEMA_REGISTRY_ID}#/$defs/${name}`)
  if (!validate) throw new Error(`contract has no schema ${name}`)
  return (value) => {
    if (validate(value)) return []
    return translateErrors(validate.errors ?? []).map((e) => ({
      field: e.field ? (prefix ? `${prefix}.${e.field}` : e.field) : prefix,
      message: e.message,
    }))
  }
}
