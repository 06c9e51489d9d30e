/** Counts corpus cases per category and prints them as a table when a runner finishes. */
import type { Outcome } from '../../fixtures/corpus'

interface Row {
  cases: number
  accept: number
  refuse: number
}

export class Tally {
  private readonly rows = new Map<string, Row>()

  constructor(private readonly title: string) {}

  add(category: string, expect: Outcome): void {
    const row = this.rows.get(category) ?? { cases: 0, accept: 0, refuse: 0 }
    row.cases++
    row[expect]++
    this.rows.set(category, row)
  }

  addAll(category: string, cases: ReadonlyArray<{ expect: Outcome }>): void {
    for (const c of cases) this.add(category, c.expect)
  }

  get total(): number {
    return [...this.rows.values()].reduce((sum, r) => sum + r.cases, 0)
  }

  table(): string {
    const width = Math.max(8, ...[...this.rows.keys()].map((k) => k.length))
    const line = (name: string, a: string | number, b: string | number, c: string | number) =>
      `${name.padEnd(width)}  ${String(a).padStart(6)}  ${String(b).padStart(7)}  ${String(c).padStart(7)}`
    const out = [this.title, line('category', 'cases', 'accept', 'refuse')]
    let accept = 0
    let refuse = 0
    for (const [name, r] of this.rows) {
      out.push(line(name, r.cases, r.accept, r.refuse))
      accept += r.accept
      refuse += r.refuse
    }
    out.push(line('total', this.total, accept, refuse))
    return out.join('\n')
  }

  print(): void {
    console.log(this.table())
  }
}

/** Every refusal is explained in Chinese. */
export const CHINESE = /[\u4e00-\u9fff]/

export function matches(actual: string | undefined, expected: string | RegExp | undefined): boolean {
  if (expected === undefined) return true
  if (actual === undefined) return false
  return typeof expected === 'string' ? actual === expected : expected.test(actual)
}
