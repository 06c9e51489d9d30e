/**
 * The layers' one direction (domain <- services <- data <- guidance <- features <- pages) is held
 * by lint: these probes put an import against the direction into each layer and expect lint to
 * refuse it, so a loosened rule fails here instead of letting a web of imports grow back.
 */
import path from 'node:path'
import { ESLint } from 'eslint'

const root = path.resolve(__dirname, '../../..')
const eslint = new ESLint({ cwd: root })
// A probe is not a file on disk, which import/no-cycle needs; the zones are what a probe tests.
const probes = new ESLint({
  cwd: root,
  overrideConfig: { rules: { 'import/no-cycle': 'off' } },
})

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await probes.lintText(source, { filePath: path.join(root, file) })
  return result.messages
    .filter((m) => m.ruleId === 'import/no-restricted-paths' || m.ruleId === 'import/no-cycle')
    .map((m) => m.message)
}

jest.setTimeout(60_000)

describe('lint refuses an import against the direction', () => {
  test.each([
    [
      'a feature importing another feature',
      'src/features/apply/Probe.tsx',
      "import { ProfileSummary } from '../profile/components/ProfileSummary'",
    ],
    [
      'components/ importing a data store',
      'src/components/Probe.tsx',
      "import { useProfile } from '../data/profile/store'",
    ],
    [
      'components/ importing guidance',
      'src/components/Probe.tsx',
      "import { PageState } from '../guidance/components/PageState'",
    ],
    [
      'data/ importing a feature',
      'src/data/Probe.ts',
      "import { GuideView } from '../features/guides/components/GuideView'",
    ],
    [
      'data/ importing guidance',
      'src/data/Probe.ts',
      "import { DESTINATIONS } from '../guidance/destinations'",
    ],
    [
      'services/ importing data',
      'src/services/Probe.ts',
      "import { useSession } from '../data/session/store'",
    ],
    ['domain/ importing services', 'src/domain/Probe.ts', "import { serverToday } from '../services/clock'"],
    [
      'guidance/ importing a feature',
      'src/guidance/Probe.ts',
      "import { FaqView } from '../features/help/components/FaqView'",
    ],
    [
      'a feature importing a page',
      'src/features/apply/Probe.tsx',
      "import Home from '../../pages/index/index'",
    ],
  ])('%s', async (_what, file, importLine) => {
    const errors = await boundaryErrors(file, `${importLine}\n\nexport const probe = 1\n`)
    expect(errors.join('\n')).toMatch(/restricted zone/)
  })
})

describe('lint allows the direction', () => {
  test.each([
    [
      'a feature importing data, guidance, components and domain',
      'src/features/apply/Probe.tsx',
      [
        "import { useProfile } from '../../data/profile/store'",
        "import { PageState } from '../../guidance/components/PageState'",
        "import { Button } from '../../components/ui'",
        "import { checkEligibility } from '../../domain/eligibility'",
      ],
    ],
    [
      'a feature importing its own files',
      'src/features/apply/Probe.tsx',
      ["import { TYPE_SUMMARIES } from './summaries'"],
    ],
    [
      'data/ importing another resource and services',
      'src/data/Probe.ts',
      ["import { useProfile } from './profile/store'", "import { request } from '../services/http'"],
    ],
    [
      'a page importing features',
      'src/pages/Probe.tsx',
      ["import { FaqView } from '../features/help/components/FaqView'"],
    ],
  ])('%s', async (_what, file, imports) => {
    const errors = await boundaryErrors(file, `${imports.join('\n')}\n\nexport const probe = 1\n`)
    expect(errors).toEqual([])
  })
})

test('the whole of src/ has no import against the direction and no cycle', async () => {
  const results = await eslint.lintFiles(['src/**/*.{ts,tsx}'])
  const offending = results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === 'import/no-restricted-paths' || m.ruleId === 'import/no-cycle')
      .map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`),
  )
  expect(offending).toEqual([])
  const config = await eslint.calculateConfigForFile(
    path.join(root, 'src/features/apply/components/ApplyForm.tsx'),
  )
  expect(config.rules?.['import/no-cycle']?.[0]).toBe('error')
})
