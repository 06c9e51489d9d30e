import { isOlderVersion, isValidVersion } from '../../../src/domain/version'

describe('client version against the backend minimum', () => {
  it('compares numerically, part by part', () => {
    expect(isOlderVersion('0.1.0', '0.2.0')).toBe(true)
    expect(isOlderVersion('0.9.0', '0.10.0')).toBe(true)
    expect(isOlderVersion('1.0.0', '0.10.9')).toBe(false)
    expect(isOlderVersion('1.2.3', '1.2.3')).toBe(false)
    expect(isOlderVersion('1.2.4', '1.2.3')).toBe(false)
  })

  it('never forces a restart on a malformed value', () => {
    expect(isOlderVersion('0.1.0', 'latest')).toBe(false)
    expect(isOlderVersion('dev', '9.9.9')).toBe(false)
    expect(isValidVersion('1.2.3')).toBe(true)
    expect(isValidVersion('1.2')).toBe(false)
  })
})
