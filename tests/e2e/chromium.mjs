// Finds Debian's Chromium; installs it with apt when missing and allowed (root), else says how.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
)

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p))
}

/** A Chinese font, so screenshots show the text instead of empty boxes (Debian's Chromium has none). */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
const PACKAGES = ['chromium', 'fonts-wqy-zenhei']

export function ensureChromium() {
  const found = findChromium()
  if (found && existsSync(CJK_FONT)) return found
  const missing = [...(found ? [] : ['chromium']), ...(existsSync(CJK_FONT) ? [] : ['fonts-wqy-zenhei'])]
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && process.env.E2E_NO_INSTALL !== '1') {
    console.log(`installing Debian package(s) ${missing.join(', ')} with apt-get`)
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (update.status === 0 && install.status === 0 && findChromium()) return findChromium()
  }
  if (found) {
    // The tests still run; only the screenshots lack Chinese glyphs.
    console.warn('No Chinese font found: install fonts-wqy-zenhei for readable screenshots.')
    return found
  }
  console.error(
    'Chromium is needed for the browser tests and was not found.\n' +
      `Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}\n` +
      'or point CHROMIUM_PATH at a Chromium binary.',
  )
  process.exit(1)
}
