import { checkIdPhoto, centreCrop, DEFAULT_PHOTO_SPEC } from '../../../src/domain/photo'
import { photoFixtures, portrait, REFERENCE_BLUES } from '../../fixtures/photos'

describe('R10 蓝底证件照 check on raw pixels', () => {
  for (const fixture of photoFixtures()) {
    it(`${fixture.name}: ${fixture.expect.length ? fixture.expect.join(', ') : 'passes'}`, () => {
      const verdict = checkIdPhoto(fixture.pixels, DEFAULT_PHOTO_SPEC)
      if (fixture.expect.length === 0) {
        expect(verdict).toMatchObject({ ok: true })
      } else {
        expect(verdict.ok).toBe(false)
        const codes = verdict.ok ? [] : verdict.problems.map((p) => p.code)
        for (const code of fixture.expect) expect(codes).toContain(code)
        if (!verdict.ok)
          verdict.problems.forEach((p) => {
            expect(p.message).toMatch(/[\u4e00-\u9fff]/)
            expect(p.tip).toMatch(/[\u4e00-\u9fff]/)
          })
      }
    })
  }

  it('says exactly what the spec says for a red background', () => {
    const verdict = checkIdPhoto(portrait({ background: [200, 30, 40] }), DEFAULT_PHOTO_SPEC)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok)
      expect(verdict.problems[0]).toMatchObject({
        message: '背景不是蓝色',
        tip: '请在蓝色背景前拍摄或使用蓝底证件照',
      })
  })

  it('centre-crops to 26:32 and reports the crop in the original image’s coordinates', () => {
    const scaled = portrait({ width: 400, height: 600, background: REFERENCE_BLUES['#00BFF3'] })
    const verdict = checkIdPhoto(scaled, DEFAULT_PHOTO_SPEC, { width: 2000, height: 3000 })
    expect(verdict.ok).toBe(true)
    if (verdict.ok) {
      expect(verdict.crop).toEqual(centreCrop(2000, 3000, DEFAULT_PHOTO_SPEC))
      expect(verdict.crop.width / verdict.crop.height).toBeCloseTo(358 / 441, 2)
    }
  })

  it('judges resolution on the original size, not the scaled copy', () => {
    const scaled = portrait({ background: REFERENCE_BLUES['#438EDB'] })
    const verdict = checkIdPhoto(scaled, DEFAULT_PHOTO_SPEC, { width: 300, height: 370 })
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.problems.map((p) => p.code)).toEqual(['SOURCE_TOO_SMALL'])
  })

  it('honours the backend’s hue range', () => {
    const pixels = portrait({ background: REFERENCE_BLUES['#00BFF3'] })
    expect(checkIdPhoto(pixels, { ...DEFAULT_PHOTO_SPEC, hueMin: 200 }).ok).toBe(false)
  })
})
