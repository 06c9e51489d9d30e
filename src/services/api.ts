import type { components } from '../../types/api'

/** Payload types generated from the OpenAPI contract (backend/openapi.yaml). */
export type Schemas = components['schemas']
