/**
 * Load on the reference backend: concurrent sign-ins and application submits in which every submit
 * is sent several times at once with the same Idempotency-Key (a double tap, a retry after a lost
 * answer), then a check through the operator API that no application was duplicated or lost.
 *
 *   npm run load -- [--clients 20] [--rounds 40] [--repeats 4] [--in-process] [--url http://127.0.0.1:8787]
 *
 * By default it starts the backend as its own process on a free loopback port (LOG_LEVEL=warn, in
 * demo mode, with its own operator token and a per-account limit high enough for a load run);
 * --in-process builds it in this process instead; --url uses one that is already running with
 * --demo (its state must be fresh enough for the seeded holders to apply; give its operator token
 * in OPERATOR_TOKEN and expect 429s if its per-account limit is the default). Prints the request
 * count, the rate and p50/p95 latency per route; exits non-zero on a duplicate, a lost application,
 * a 5xx or a failed request.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Agent, request as httpRequest } from 'node:http'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { DEMO_HOLDERS } from '../backend/seed'

export interface LoadOptions {
  baseUrl: string
  /** The backend's operator token (X-Operator-Token), for the before/after check */
  operatorToken: string
  /** concurrent clients, spread over the holders */
  clients: number
  /** submits per client, one after another */
  rounds: number
  /** copies of each submit sent at once with the same Idempotency-Key */
  repeats: number
  /** no new round starts after this many milliseconds */
  deadlineMs?: number
}

export interface RouteStats {
  route: string
  count: number
  p50: number
  p95: number
  max: number
  statuses: Record<string, number>
}

export interface LoadReport {
  requests: number
  seconds: number
  rate: number
  routes: RouteStats[]
  /** who submitted what: label, type, allowed or refused by a rule */
  holders: Array<{ label: string; type: string | null; allowed: boolean }>
  created: number
  /** Everything that went wrong; empty when the run passed. */
  problems: string[]
}

interface Answer {
  status: number
  body: any
}

// ---- HTTP with timings per route ----

class Client {
  readonly timings = new Map<string, { ms: number[]; statuses: Map<string, number> }>()
  readonly problems: string[] = []
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 })

  constructor(
    private readonly baseUrl: string,
    private readonly operatorToken = '',
  ) {}

  async call(
    method: string,
    path: string,
    o: { route?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const route = `${method} ${o.route ?? path}`
    const url = new URL(path, this.baseUrl)
    const payload = o.body === undefined ? undefined : Buffer.from(JSON.stringify(o.body))
    const headers: Record<string, string> = { ...o.headers }
    if (payload) headers['content-type'] = 'application/json'
    if (o.token) headers.authorization = `Bearer ${o.token}`
    if (path.startsWith('/__operator')) headers['x-operator-token'] = this.operatorToken
    const started = performance.now()
    let answer: Answer
    try {
      answer = await new Promise<Answer>((resolve, reject) => {
        const req = httpRequest(url, { method, headers, agent: this.agent }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let body: unknown = null
            try {
              body = text ? JSON.parse(text) : null
            } catch {
              body = text
            }
            resolve({ status: res.statusCode ?? 0, body })
          })
          res.on('error', reject)
        })
        req.setTimeout(10_000, () => req.destroy(new Error('timed out after 10 s')))
        req.on('error', reject)
        req.end(payload)
      })
    } catch (err) {
      answer = { status: 0, body: { error: { message: (err as Error).message } } }
    }
    const ms = performance.now() - started
    const t = this.timings.get(route) ?? { ms: [], statuses: new Map<string, number>() }
    t.ms.push(ms)
    t.statuses.set(String(answer.status), (t.statuses.get(String(answer.status)) ?? 0) + 1)
    this.timings.set(route, t)
    if (answer.status === 0 || answer.status >= 500) {
      this.problems.push(
        `${route} answered ${answer.status || 'nothing'}: ${JSON.stringify(answer.body).slice(0, 200)}`,
      )
    }
    return answer
  }

  close(): void {
    this.agent.destroy()
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

// ---- the people who submit ----

interface Plan {
  type: string
  certificateId?: string
  fields: Record<string, unknown>
}

interface Holder {
  /** the login code */
  code: string
  label: string
  /** what this holder submits; null: nothing to submit (no certificate), reads only */
  plan: Plan | null
  /** whether the rules allow the plan now; if not, every submit must be refused */
  allowed: boolean
}

const FIELDS: Record<string, Record<string, unknown>> = {
  RENEWAL: { noAccidentPenalty: true, noBadConductRecord: true },
  TRANSFER_OUT: { targetProvince: '江苏省' },
  CANCELLATION: { reason: '已退休，不再从事安全生产管理工作' },
}

const PROVINCE_NAMES: Record<string, string> = { 苏: '江苏省', 浙: '浙江省', 豫: '河南省', 鲁: '山东省' }

/** The backend's today in China time, from its serverTime. */
function chinaDate(serverTime: string, plusDays = 0): string {
  return new Date(Date.parse(serverTime) + 8 * 3600_000 + plusDays * 86_400_000).toISOString().slice(0, 10)
}

async function signIn(http: Client, code: string): Promise<string> {
  const res = await http.call('POST', '/v1/sessions', { body: { code } })
  if (res.status !== 201) throw new Error(`sign-in ${code} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.data.token
}

/** A new user verifies as one of the people the register knows but who have not used the app. */
async function bindUnboundPerson(
  http: Client,
  person: { name: string; idNumber: string; phone: string },
  n: number,
): Promise<string | null> {
  const code = `demo:new:load-${n}-${Date.now().toString(36)}`
  const token = await signIn(http, code)
  const start = await http.call('POST', '/v1/realname/verifications', {
    token,
    body: { name: person.name, idNumber: person.idNumber, phone: person.phone },
  })
  if (start.status !== 201) return null
  const verifyId = start.body.data.verifyId
  const confirm = await http.call('POST', `/v1/realname/verifications/${verifyId}/confirm`, {
    route: '/v1/realname/verifications/{verifyId}/confirm',
    token,
    body: { verifyResult: `dev-pass:${verifyId}` },
  })
  if (confirm.status !== 200) return null
  await http.call('POST', '/v1/me/employment/refresh', { token })
  await http.call('POST', '/v1/certificates/refresh', { token })
  return code
}

/** The first application the rules allow this holder now, or a refused one to submit anyway. */
async function planFor(
  http: Client,
  code: string,
  label: string,
  national: Array<{ number: string; validForDays: number }>,
  index: number,
): Promise<Holder> {
  const token = await signIn(http, code)
  const certificates = await http.call('GET', '/v1/certificates', { token })
  const serverTime: string = certificates.body?.meta?.serverTime ?? new Date().toISOString()
  const candidates: Plan[] = []
  for (const cert of certificates.body?.data ?? []) {
    // Holders try the types in different orders, so the run mixes them.
    const types = ['RENEWAL', 'TRANSFER_OUT', 'CANCELLATION']
    for (const type of [...types.slice(index % 3), ...types.slice(0, index % 3)]) {
      candidates.push({ type, certificateId: cert.id, fields: FIELDS[type] })
    }
  }
  for (const { number, validForDays } of national) {
    candidates.push({
      type: 'TRANSFER_IN',
      fields: {
        sourceNumber: number,
        sourceProvince: PROVINCE_NAMES[number[0]] ?? number[0],
        category: /建安(A|B|C[123])/.exec(number)?.[1] ?? 'C2',
        // As printed on the original certificate: the national record's 有效期至 (R7 compares them).
        validUntil: chinaDate(serverTime, validForDays),
      },
    })
  }
  for (const plan of candidates) {
    const check = await http.call('POST', '/v1/eligibility', {
      token,
      body: {
        type: plan.type,
        ...(plan.certificateId ? { certificateId: plan.certificateId } : {}),
        ...(plan.type === 'TRANSFER_IN'
          ? {
              sourceNumber: plan.fields.sourceNumber,
              category: plan.fields.category,
              validUntil: plan.fields.validUntil,
            }
          : {}),
      },
    })
    if (check.body?.data?.allowed) return { code, label, plan, allowed: true }
  }
  return { code, label, plan: candidates[0] ?? null, allowed: false }
}

// ---- one run ----

interface KeyOutcome {
  key: string
  holder: Holder
  statuses: number[]
  ids: Set<string>
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const http = new Client(options.baseUrl, options.operatorToken)
  const problems: string[] = []
  const deadline = Date.now() + (options.deadlineMs ?? 12_000)
  try {
    const operatorList = async () => {
      const res = await http.call('GET', '/__operator/applications')
      return res.body.data as Array<{ holder?: string; application: { id: string; status: string } }>
    }
    const baseline = new Set((await operatorList()).map((a) => a.application.id))

    // Who submits: the seeded holders, plus new users who verify as the register's unbound people.
    const holdersInfo = (await http.call('GET', '/__operator/holders')).body.data
    const nationalOf = (key: string) =>
      (DEMO_HOLDERS.find((h) => h.key === key)?.national ?? [])
        .filter((n) => n.nationalStatus === 'TRANSFERRING_OUT')
        .map((n) => ({ number: n.number, validForDays: n.validForDays }))
    const codes: Array<{
      code: string
      label: string
      national: Array<{ number: string; validForDays: number }>
    }> = holdersInfo.holders.map((h: { key: string; loginCode: string }) => ({
      code: h.loginCode,
      label: h.key,
      national: nationalOf(h.key),
    }))
    let n = 0
    for (const person of holdersInfo.unboundPeople.filter((p: { bound: boolean }) => !p.bound)) {
      const code = await bindUnboundPerson(http, person, ++n)
      if (code) codes.push({ code, label: person.name, national: [] })
    }
    const holders = await Promise.all(codes.map((c, i) => planFor(http, c.code, c.label, c.national, i)))

    const started = performance.now()
    const requestsBefore = [...http.timings.values()].reduce((s, t) => s + t.ms.length, 0)
    const outcomes: KeyOutcome[] = []

    const client = async (index: number) => {
      const holder = holders[index % holders.length]
      // Every client signs in on its own, all at the same time.
      let token = await signIn(http, holder.code)
      const plan = holder.plan
      for (let round = 0; round < options.rounds && Date.now() < deadline; round++) {
        // Halfway, sign in again (as the app does when its session has expired).
        if (round === Math.floor(options.rounds / 2)) token = await signIn(http, holder.code)
        if (!plan) {
          await http.call('GET', '/v1/applications', { token })
          await http.call('GET', '/v1/certificates', { token })
          continue
        }
        const key = `load-${index}-${round}-${Math.random().toString(36).slice(2, 10)}`
        const body = {
          type: plan.type,
          ...(plan.certificateId ? { certificateId: plan.certificateId } : {}),
          fields: plan.fields,
        }
        const submit = () =>
          http.call('POST', '/v1/applications', { token, body, headers: { 'idempotency-key': key } })
        const answers = await Promise.all(Array.from({ length: options.repeats }, submit))
        const outcome: KeyOutcome = { key, holder, statuses: answers.map((a) => a.status), ids: new Set() }
        for (const a of answers) if (a.status === 200 || a.status === 201) outcome.ids.add(a.body.data.id)
        outcomes.push(outcome)
        await http.call('GET', '/v1/applications', { token })
        const [id] = [...outcome.ids]
        if (id) {
          await http.call('GET', `/v1/applications/${id}`, { route: '/v1/applications/{id}', token })
          const withdrawn = await http.call('POST', `/v1/applications/${id}/withdraw`, {
            route: '/v1/applications/{id}/withdraw',
            token,
          })
          if (withdrawn.status !== 200) problems.push(`${key}: withdraw answered ${withdrawn.status}`)
          // A retry arriving after everything else: the same application again, not a new one.
          const late = await submit()
          if (late.status !== 200 || late.body?.data?.id !== id) {
            problems.push(
              `${key}: late retry answered ${late.status} ${late.body?.data?.id ?? ''}, expected 200 ${id}`,
            )
          }
        }
      }
    }
    await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)))
    const seconds = (performance.now() - started) / 1000
    const requests = [...http.timings.values()].reduce((s, t) => s + t.ms.length, 0) - requestsBefore

    // ---- the checks ----
    const after = (await operatorList()).filter((a) => !baseline.has(a.application.id))
    const created = new Map(after.map((a) => [a.application.id, a]))
    if (created.size !== after.length) problems.push('the operator list shows an application twice')
    const answered = new Set<string>()
    for (const o of outcomes) {
      if (o.ids.size > 1)
        problems.push(`${o.key}: one key, ${o.ids.size} applications (${[...o.ids].join(', ')})`)
      if (o.statuses.filter((s) => s === 201).length > 1) problems.push(`${o.key}: more than one 201`)
      // Allowed: created, the same again, or 409 while another client of the same holder has one open.
      // Not allowed: a rule refuses every copy (4xx).
      const unexpected = o.statuses.filter((s) =>
        o.holder.allowed ? ![200, 201, 409].includes(s) : s < 400 || s >= 500,
      )
      if (unexpected.length) problems.push(`${o.key}: unexpected statuses ${unexpected.join(', ')}`)
      for (const id of o.ids) {
        answered.add(id)
        if (!created.has(id))
          problems.push(`${o.key}: application ${id} was answered but is not on record (lost)`)
        else if (created.get(id)!.application.status !== 'WITHDRAWN') {
          problems.push(
            `${o.key}: application ${id} is ${created.get(id)!.application.status}, not WITHDRAWN`,
          )
        }
      }
    }
    for (const id of created.keys()) {
      if (!answered.has(id))
        problems.push(`application ${id} exists but no client was told about it (duplicate)`)
    }
    const perHolder = new Map<string, number>()
    for (const o of outcomes)
      if (o.ids.size) perHolder.set(o.holder.label, (perHolder.get(o.holder.label) ?? 0) + 1)
    // Only holders some client played (client i plays holder i mod the number of holders).
    for (const h of holders.filter((x, i) => x.allowed && i < options.clients)) {
      if (!perHolder.get(h.label) && options.rounds > 0) problems.push(`${h.label}: no submit went through`)
    }

    const routes: RouteStats[] = [...http.timings.entries()].map(([route, t]) => {
      const sorted = [...t.ms].sort((a, b) => a - b)
      return {
        route,
        count: sorted.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted[sorted.length - 1] ?? 0,
        statuses: Object.fromEntries(t.statuses),
      }
    })
    return {
      requests,
      seconds,
      rate: requests / seconds,
      routes,
      holders: holders.map((h) => ({ label: h.label, type: h.plan?.type ?? null, allowed: h.allowed })),
      created: created.size,
      problems: [...http.problems, ...problems],
    }
  } finally {
    http.close()
  }
}

export function formatReport(report: LoadReport, options: LoadOptions): string {
  const who = report.holders
    .map((h) => `${h.label} ${h.type ?? 'reads only'}${h.type && !h.allowed ? ' (refused by a rule)' : ''}`)
    .join('; ')
  const lines = [
    `${options.clients} clients × ${options.rounds} rounds × ${options.repeats} copies of each submit`,
    `${report.holders.length} holders: ${who}`,
    `load phase: ${report.requests} requests in ${report.seconds.toFixed(2)} s, ${report.rate.toFixed(0)} requests/s; ${report.created} applications created`,
    '',
    'all requests, set-up included:',
    `${'route'.padEnd(52)} ${'count'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  statuses`,
  ]
  for (const r of [...report.routes].sort((a, b) => b.count - a.count)) {
    const statuses = Object.entries(r.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')
    lines.push(
      `${r.route.padEnd(52)} ${String(r.count).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}  ${statuses}`,
    )
  }
  lines.push('')
  lines.push(
    report.problems.length
      ? `FAILED: ${report.problems.length} problem(s)\n${report.problems
          .slice(0, 30)
          .map((p) => `  - ${p}`)
          .join('\n')}`
      : 'OK: no duplicate, no lost application, no 5xx',
  )
  return lines.join('\n')
}

// ---- the command ----

/** A load run is one account hammering the backend by design: far above the per-account default. */
const LOAD_ACCOUNT_LIMIT = 1_000_000

function flag(name: string): string | undefined {
  const args = process.argv.slice(2)
  const i = args.indexOf(`--${name}`)
  if (i >= 0) return args[i + 1]
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  const probe = new Client(baseUrl)
  try {
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`the backend exited with code ${child.exitCode}`)
      const res = await probe.call('GET', '/v1/config')
      if (res.status === 200) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`the backend did not answer within ${timeoutMs / 1000} s`)
  } finally {
    probe.close()
  }
}

async function main(): Promise<number> {
  const options: LoadOptions = {
    baseUrl: flag('url') ?? '',
    operatorToken: process.env.OPERATOR_TOKEN || randomBytes(24).toString('base64url'),
    clients: Number(flag('clients') ?? 20),
    rounds: Number(flag('rounds') ?? 40),
    repeats: Number(flag('repeats') ?? 4),
    deadlineMs: 12_000,
  }
  const startedAt = Date.now()
  let child: ChildProcess | undefined
  let close: (() => Promise<unknown>) | undefined
  if (!options.baseUrl && process.argv.includes('--in-process')) {
    const { buildApp } = await import('../backend/app')
    const app = await buildApp({
      demo: true,
      operatorToken: options.operatorToken,
      rateLimit: { requestsPerAccount: LOAD_ACCOUNT_LIMIT },
    })
    options.baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
    close = () => app.close()
  } else if (!options.baseUrl) {
    const port = await freePort()
    const root = join(__dirname, '..')
    child = spawn(
      join(root, 'node_modules/.bin/tsx'),
      ['backend/main.ts', '--demo', '--port', String(port)],
      {
        cwd: root,
        env: {
          ...process.env,
          LOG_LEVEL: 'warn',
          OPERATOR_TOKEN: options.operatorToken,
          RATE_LIMIT_ACCOUNT: String(LOAD_ACCOUNT_LIMIT),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    options.baseUrl = `http://127.0.0.1:${port}`
    await waitUntilUp(options.baseUrl, child, 15_000)
  }
  try {
    console.log(`load on ${options.baseUrl}`)
    const report = await runLoad(options)
    console.log(formatReport(report, options))
    console.log(`total time ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
    return report.problems.length ? 1 : 0
  } finally {
    if (child && child.exitCode === null) child.kill('SIGTERM')
    await close?.()
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}
