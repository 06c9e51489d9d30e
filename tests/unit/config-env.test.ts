/** Build-time settings read from .env files: a bad value stops the build with its reason. */
import { assertApiBase, timeoutFromEnv } from '../../config/env'

describe('timeout overrides', () => {
  test('absent or blank keeps the app default', () => {
    expect(timeoutFromEnv(undefined, 'TARO_APP_API_TIMEOUT_MS')).toBeUndefined()
    expect(timeoutFromEnv('  ', 'TARO_APP_API_TIMEOUT_MS')).toBeUndefined()
  })

  test('whole milliseconds from 1 s to 120 s are taken', () => {
    expect(timeoutFromEnv('12000', 'TARO_APP_API_TIMEOUT_MS')).toBe(12000)
    expect(timeoutFromEnv(' 1000 ', 'TARO_APP_API_TIMEOUT_MS')).toBe(1000)
    expect(timeoutFromEnv('120000', 'TARO_APP_UPLOAD_TIMEOUT_MS')).toBe(120000)
  })

  test.each(['999', '120001', '15s', '1.5e4', '-5000', '12000.5'])('%s stops the build', (value) => {
    expect(() => timeoutFromEnv(value, 'TARO_APP_API_TIMEOUT_MS')).toThrow(
      /TARO_APP_API_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 120000/,
    )
  })
})

describe('API base', () => {
  test('production needs https; other modes take the reference backend', () => {
    expect(assertApiBase('https://api.example.invalid/', 'production')).toBe('https://api.example.invalid')
    expect(() => assertApiBase('http://api.example.invalid', 'production')).toThrow(/https/)
    expect(assertApiBase('http://127.0.0.1:8788', 'test')).toBe('http://127.0.0.1:8788')
    expect(() => assertApiBase('', 'test')).toThrow(/TARO_APP_API_BASE is not set/)
  })
})
