/** checkIdPhoto on one 358×441 RGBA frame: the median of many runs, against a 2 ms budget. */
import { checkIdPhoto, DEFAULT_PHOTO_SPEC } from '../../src/domain/photo'
import { portrait, REFERENCE_BLUES } from '../fixtures/photos'

const BUDGET_MS = 2
const RUNS = 500
const pixels = portrait({ background: REFERENCE_BLUES['#438EDB'] })

for (let i = 0; i < 50; i++) checkIdPhoto(pixels, DEFAULT_PHOTO_SPEC) // warm-up
const times: number[] = []
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint()
  const verdict = checkIdPhoto(pixels, DEFAULT_PHOTO_SPEC)
  times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  if (!verdict.ok) throw new Error('the benchmark photo should pass the check')
}
times.sort((a, b) => a - b)
const median = times[Math.floor(RUNS / 2)]
const p95 = times[Math.floor(RUNS * 0.95)]
console.log(
  `checkIdPhoto 358×441: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${RUNS} runs (budget ${BUDGET_MS} ms)`,
)
if (median > BUDGET_MS) {
  console.error('over budget')
  process.exit(1)
}
