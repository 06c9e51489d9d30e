/**
 * Fault injection per route, for testing how the client copes: latency, an error status in the
 * proper envelope, a dropped connection, or a malformed body; before the handler runs, or after
 * it has run and committed (so the client's retry meets an already-done operation).
 */
import { randomBytes } from 'node:crypto'
import type { Operation } from './contract'

export type FaultPhase = 'before' | 'after'

export interface FaultSpec {
  /** operationId, or 'METHOD /path' with the contract's template or a concrete path */
  route: string
  latencyMs?: number
  status?: number
  drop?: boolean
  malformed?: boolean
  phase?: FaultPhase
  /** How many requests it affects; absent = until cleared */
  times?: number
}

export interface Fault extends Required<Pick<FaultSpec, 'route' | 'phase'>> {
  id: string
  latencyMs?: number
  status?: number
  drop?: boolean
  malformed?: boolean
  /** Requests still to affect; null = until cleared */
  remaining: number | null
  hits: number
}

export class Faults {
  private faults: Fault[] = []

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      id: `f_${randomBytes(6).toString('hex')}`,
      route: spec.route.trim(),
      phase: spec.phase ?? 'before',
      latencyMs: spec.latencyMs,
      status: spec.status,
      drop: spec.drop,
      malformed: spec.malformed,
      remaining: spec.times ?? null,
      hits: 0,
    }
    this.faults.push(fault)
    return fault
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }))
  }

  clear(): void {
    this.faults = []
  }

  /** The faults that apply to this request in this phase; each use counts against `times`. */
  take(op: Operation, concretePath: string, phase: FaultPhase): Fault[] {
    const names = new Set([op.operationId, `${op.method} ${op.path}`, `${op.method} ${concretePath}`])
    const hit = this.faults.filter((f) => f.phase === phase && matches(f.route, names))
    for (const f of hit) {
      f.hits++
      if (f.remaining !== null) f.remaining--
    }
    this.faults = this.faults.filter((f) => f.remaining === null || f.remaining > 0)
    return hit
  }
}

function matches(route: string, names: Set<string>): boolean {
  const m = /^([A-Za-z]+)\s+(\S+)$/.exec(route)
  return names.has(m ? `${m[1].toUpperCase()} ${m[2]}` : route)
}
