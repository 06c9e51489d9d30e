/**
 * 证件照 in the compiled weapp, through the weapp image port on WeChat's documented media and canvas
 * API (tests/simulate/media.js): choose from the album with wx.chooseMedia, check the pixels, crop,
 * scale and encode on the on-page canvas with wx.canvasToTempFilePath, upload to the reference
 * backend. A red background is refused before any upload; an older WeChat without an offscreen
 * canvas still works on the on-page canvas alone.
 */
const jpeg = require('jpeg-js')
const {
  createWx,
  launchApp,
  openPage,
  text,
  waitForText,
  startBackend,
  httpJson,
  BACKEND,
} = require('./harness')
const { createMedia, portraitJpeg, writeTemp } = require('./media')

jest.setTimeout(60000)
let backend
let wx
let media
let nextPhoto = () => writeTemp(portraitJpeg())

beforeAll(async () => {
  backend = await startBackend()
  await backend.operator('POST', '/reset')
  await backend.operator('PUT', '/login-default', { holder: 'renewal-ready' })
  wx = createWx()
  media = createMedia({ chooseFile: () => nextPhoto(), offscreen: process.env.SIMULATE_NO_OFFSCREEN !== '1' })
  Object.assign(wx, media.api)
  launchApp(wx)
})

afterAll(() => backend && backend.stop())

function tapByText(component, words) {
  const target = component.querySelectorAll('.nut-button').find((el) => el.dom.textContent.includes(words))
  if (!target) throw new Error(`no button「${words}」; page text: ${text(component).slice(0, 300)}`)
  target.dispatchEvent('tap')
}

test('a red background is refused before upload, with its reason and tip', async () => {
  nextPhoto = () => writeTemp(portraitJpeg({ background: [0xd9, 0x34, 0x2b] }))
  const { component } = openPage('packages/identity/photo/index')
  await waitForText(component, '照片要求')
  tapByText(component, '从相册选择')
  await waitForText(component, '这张照片不能使用')
  expect(text(component)).toContain('背景不是蓝色')
  expect(media.calls.uploads).toHaveLength(0)
})

test('album → check → crop, scale and encode on the page canvas → upload: the backend keeps a 358×441 JPEG', async () => {
  nextPhoto = () => writeTemp(portraitJpeg())
  const { component } = openPage('packages/identity/photo/index')
  await waitForText(component, '照片要求')
  tapByText(component, '从相册选择')
  await waitForText(component, /预览.*358×441 像素/)
  expect(media.calls.chooseMedia.at(-1)).toMatchObject({
    count: 1,
    mediaType: ['image'],
    sourceType: ['album'],
    sizeType: ['original'],
  })
  expect(media.calls.canvasToTempFilePath).toBeGreaterThan(0)
  tapByText(component, '上传照片')
  await waitForText(component, '证件照已上传')
  expect(media.calls.uploads).toHaveLength(1)
  expect(media.calls.uploads[0].bytes).toBeLessThanOrEqual(50 * 1024)

  const session = (await httpJson('POST', `${BACKEND}/v1/sessions`, { body: { code: 'demo:renewal-ready' } }))
    .body
  const me = (
    await httpJson('GET', `${BACKEND}/v1/me`, { headers: { Authorization: `Bearer ${session.data.token}` } })
  ).body.data
  expect(me.photo.status).toBe('ACCEPTED')
  const photo = await new Promise((resolve, reject) => {
    require('node:http')
      .get(`${BACKEND}${me.photo.url}`, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve(Buffer.concat(chunks)))
      })
      .on('error', reject)
  })
  const decoded = jpeg.decode(photo)
  expect([decoded.width, decoded.height]).toEqual([358, 441])
})

test('without an offscreen canvas (an older WeChat) the on-page canvas reads the pixels too', async () => {
  const before = { offscreen: media.calls.offscreen, queries: media.calls.pageCanvasQueries }
  const fallback = createMedia({ chooseFile: () => writeTemp(portraitJpeg()), offscreen: false })
  Object.assign(wx, { canIUse: fallback.api.canIUse })
  const { component } = openPage('packages/identity/photo/index')
  await waitForText(component, '照片要求')
  tapByText(component, '从相册选择')
  await waitForText(component, /预览.*358×441 像素/)
  expect(media.calls.offscreen).toBe(before.offscreen)
  expect(media.calls.pageCanvasQueries).toBeGreaterThan(before.queries + 1)
})

test('an older WeChat without wx.chooseMedia gets 「请升级微信后使用」 with the reason, not a broken page', async () => {
  const canIUse = wx.canIUse
  wx.canIUse = (name) => name !== 'chooseMedia' && canIUse(name)
  try {
    const { component } = openPage('packages/identity/photo/index')
    const page = await waitForText(component, '请升级微信后使用')
    expect(page).toContain('选择或拍摄照片')
    expect(page).toContain('2.10.0')
    expect(component.querySelectorAll('.nut-button').map((b) => b.dom.textContent)).not.toContain(
      '从相册选择',
    )
  } finally {
    wx.canIUse = canIUse
  }
})
