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
  /** Only this holder's requests (a demo key such as "valid" or "new:abc"); absent = everyone's */
  holder?: string
}

export interface Fault extends Required<Pick<FaultSpec, 'route' | 'phase'>> {
  id: string
  latencyMs?: number
  status?: number
  drop?: boolean
  malformed?: boolean
  holder?: string
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
      holder: spec.holder,
      remaining: spec.times ?? null,
      hits: 0,
    }
    this.faults.push(fault)
    return fault
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }))
  }

  /** Lifts one fault; false when there is none with this id (already used up or cleared). */
  remove(id: string): boolean {
    const before = this.faults.length
    this.faults = this.faults.filter((f) => f.id !== id)
    return this.faults.length < before
  }

  clear(): void {
    this.faults = []
  }

  /**
   * The faults that apply to this request in this phase; each use counts against `times`.
   * `holder` says whose request it is (null when unknown); a holder-scoped fault needs a match.
   */
  take(op: Operation, concretePath: string, phase: FaultPhase, holder: string | null = null): Fault[] {
    const names = new Set([op.operationId, `${op.method} ${op.path}`, `${op.method} ${concretePath}`])
    const hit = this.faults.filter(
      (f) => f.phase === phase && matches(f.route, names) && (!f.holder || f.holder === holder),
    )
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
