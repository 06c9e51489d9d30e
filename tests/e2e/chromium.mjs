// Finds Debian's Chromium; installs it with apt when missing and allowed (root), else says how.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
)

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p))
}

export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && process.env.E2E_NO_INSTALL !== '1') {
    console.log('Chromium not found: installing Debian package chromium with apt-get')
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (update.status === 0 && install.status === 0 && findChromium()) return findChromium()
  }
  console.error(
    'Chromium is needed for the browser tests and was not found.\n' +
      'Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  )
  process.exit(1)
}
