/** Payload types generated from the OpenAPI contract (backend/openapi.yaml), as the domain names them. */
export type { Schemas } from '../domain/types'
