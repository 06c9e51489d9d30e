/**
 * A small run of the load script (npm run load) against the backend listening on a loopback port
 * in this process: concurrent sign-ins and submits repeated with the same Idempotency-Key must
 * leave exactly one application per answered key, none lost, and no 5xx.
 */
import type { FastifyInstance } from 'fastify'
import { formatReport, runLoad, type LoadOptions } from '../../../scripts/load-test'
import { makeApp, OPERATOR_TOKEN } from './helpers'

let app: FastifyInstance
let baseUrl: string
beforeAll(async () => {
  app = await makeApp()
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => app.close())

test('concurrent submits with repeated keys: no duplicate, none lost, no 5xx', async () => {
  const options: LoadOptions = {
    baseUrl,
    operatorToken: OPERATOR_TOKEN,
    clients: 10,
    rounds: 3,
    repeats: 3,
    deadlineMs: 8_000,
  }
  const report = await runLoad(options)
  console.log(formatReport(report, options))
  expect(report.problems).toEqual([])
  expect(report.created).toBeGreaterThan(0)
  const submits = report.routes.find((r) => r.route === 'POST /v1/applications')
  expect(submits?.statuses['201']).toBe(report.created)
  expect(submits?.statuses['200']).toBeGreaterThan(0)
}, 20_000)
