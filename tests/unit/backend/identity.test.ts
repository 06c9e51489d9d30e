import type { FastifyInstance } from 'fastify'
import { idNumberCheckChar } from '../../../src/domain'
import { DEMO_HOLDERS, UNBOUND_PEOPLE } from '../../../backend/seed'
import { call, CHINESE, makeApp, multipart, operator, portraitJpeg, signIn } from './helpers'

let app: FastifyInstance
beforeEach(async () => {
  app = await makeApp()
})
afterEach(() => app.close())

const wuMin = UNBOUND_PEOPLE.find((p) => p.name === '吴敏')!
const FULL_ID = /\d{17}[\dX]/

async function startRealName(token: string, body: Record<string, string>) {
  return call(app, 'startRealName', { token, body })
}

describe('profile', () => {
  test('carries only the masked ID number and masked phone', async () => {
    const token = await signIn(app, 'valid')
    const res = await call(app, 'getProfile', { token })
    const holder = DEMO_HOLDERS.find((h) => h.key === 'valid')!
    expect(res.body.data.realName.idNumberMasked).toBe(
      `${holder.idNumber.slice(0, 3)}***********${holder.idNumber.slice(-4)}`,
    )
    expect(res.body.data.phoneMasked).toBe(`${holder.phone.slice(0, 3)}****${holder.phone.slice(7)}`)
    expect(JSON.stringify(res.body)).not.toMatch(FULL_ID)
    expect(JSON.stringify(res.body)).not.toContain(holder.phone)
  })

  test('lists 建造师 registrations for the verified ID number', async () => {
    const res = await call(app, 'getProfile', { token: await signIn(app, 'expiring') })
    expect(res.body.data.constructorRegistrations).toEqual([
      {
        level: 1,
        employerUscc: expect.stringMatching(/^[0-9A-Z]{18}$/),
        registrationNumber: expect.any(String),
      },
    ])
  })
})

describe('实名认证', () => {
  test('start + confirm binds a new user to a person on the register; certificates appear after 刷新证书', async () => {
    const token = await signIn(app, 'demo:new:a')
    expect((await call(app, 'listCertificates', { token })).body.error.code).toBe('REALNAME_REQUIRED')
    expect((await call(app, 'getEmployment', { token })).status).toBe(403)

    const start = await startRealName(token, {
      name: wuMin.name,
      idNumber: wuMin.idNumber.toLowerCase(),
      phone: wuMin.phone,
    })
    expect(start.status).toBe(201)
    expect(Date.parse(start.body.data.expiresAt) - Date.parse(start.body.meta.serverTime)).toBeGreaterThan(
      9 * 60_000,
    )
    const first = start.body.data.verifyId
    // The same start again (its answer was lost) continues the same attempt; other details start
    // anew and end the first (one open verification per account).
    const repeat = await startRealName(token, {
      name: wuMin.name,
      idNumber: wuMin.idNumber,
      phone: wuMin.phone,
    })
    expect(repeat.body.data.verifyId).toBe(first)
    const otherPhone = await startRealName(token, {
      name: wuMin.name,
      idNumber: wuMin.idNumber,
      phone: '13900000001',
    })
    const verifyId = otherPhone.body.data.verifyId
    expect(verifyId).not.toBe(first)
    const replaced = await call(app, 'confirmRealName', {
      token,
      params: { verifyId: first },
      body: { verifyResult: `dev-pass:${first}` },
    })
    expect(replaced.body.error.code).toBe('VERIFICATION_EXPIRED')

    const confirm = await call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: `dev-pass:${verifyId}` },
    })
    expect(confirm.status).toBe(200)
    expect(confirm.body.data.realName).toMatchObject({
      status: 'VERIFIED',
      name: '吴敏',
      idNumberMasked: expect.stringMatching(/^340\*{11}/),
    })
    expect(JSON.stringify(confirm.body)).not.toMatch(FULL_ID)

    // Confirming again (a retry after a lost answer) gives the same profile, even after someone
    // else has started a verification meanwhile.
    const other = await signIn(app, 'demo:new:someone-else')
    await startRealName(other, { name: '郑海', idNumber: UNBOUND_PEOPLE[1].idNumber, phone: '13900000002' })
    const again = await call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: `dev-pass:${verifyId}` },
    })
    expect(again.status).toBe(200)

    expect((await call(app, 'listCertificates', { token })).body.data).toEqual([])
    expect((await call(app, 'getEmployment', { token })).body.data).toBeNull()
    const refreshed = await call(app, 'refreshCertificates', { token })
    expect(refreshed.body.data.map((c: { id: string }) => c.id)).toEqual(['cert-wumin-c3'])
    const employment = await call(app, 'refreshEmployment', { token })
    expect(employment.body.data).toMatchObject({
      employer: { name: '马鞍山演示建工有限公司' },
      refreshedAt: employment.body.meta.serverTime,
    })
  })

  test('someone the register does not know can verify (and has no certificates)', async () => {
    const token = await signIn(app, 'demo:new:b')
    const first17 = '11010519900101123'
    const idNumber = first17 + idNumberCheckChar(first17)
    const start = await startRealName(token, { name: '欧阳·娜娜', idNumber, phone: '+86 139 1234 5678' })
    expect(start.status).toBe(201)
    const { verifyId } = start.body.data
    const done = await call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: `dev-pass:${verifyId}` },
    })
    expect(done.body.data).toMatchObject({
      realName: { status: 'VERIFIED', name: '欧阳·娜娜' },
      phoneMasked: '139****5678',
    })
    expect((await call(app, 'refreshCertificates', { token })).body.data).toEqual([])
  })

  test('field errors in Chinese for name, ID number and phone, all at once', async () => {
    const token = await signIn(app, 'demo:new:c')
    const res = await startRealName(token, {
      name: 'Zhang San',
      idNumber: '340102780315031',
      phone: '1380013800',
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('VALIDATION_FAILED')
    const byField = Object.fromEntries(
      res.body.error.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    )
    expect(Object.keys(byField).sort()).toEqual(['idNumber', 'name', 'phone'])
    expect(byField.idNumber).toContain('15位')
    for (const message of Object.values(byField)) expect(message).toMatch(CHINESE)
    // The wrong check character has its own message.
    const wrongCheck = wuMin.idNumber.slice(0, 17) + (wuMin.idNumber.endsWith('1') ? '2' : '1')
    const checksum = await startRealName(token, {
      name: wuMin.name,
      idNumber: wrongCheck,
      phone: wuMin.phone,
    })
    expect(checksum.body.error.fields).toEqual([
      { field: 'idNumber', message: expect.stringContaining('校验位') },
    ])
    // A leading middle dot is not a name.
    const dot = await startRealName(token, { name: '·娜娜', idNumber: wuMin.idNumber, phone: wuMin.phone })
    expect(dot.body.error.fields[0].field).toBe('name')
  })

  test('contract-level errors: missing and unknown fields, wrong types', async () => {
    const token = await signIn(app, 'demo:new:d')
    const res = await call(app, 'startRealName', {
      token,
      body: { name: 3, phone: wuMin.phone, extra: 'x' },
    })
    expect(res.status).toBe(422)
    expect(res.body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'idNumber', message: '请填写身份证号' },
        { field: 'extra', message: '不支持的字段「extra」' },
        { field: 'name', message: '姓名的类型不正确，应为文本' },
      ]),
    )
  })

  /** Start and pass the (development) face check: the register's answer comes with the confirmation. */
  async function startAndPass(token: string, body: Record<string, string>) {
    const start = await startRealName(token, body)
    expect(start.status).toBe(201)
    const { verifyId } = start.body.data
    return call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: `dev-pass:${verifyId}` },
    })
  }

  test('IDENTITY_MISMATCH, after the face check, when the ID number is on record with another name', async () => {
    const token = await signIn(app, 'demo:new:e')
    const res = await startAndPass(token, { name: '吴明', idNumber: wuMin.idNumber, phone: wuMin.phone })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('IDENTITY_MISMATCH')
  })

  test('REALNAME_ALREADY_BOUND, after the face check, when another WeChat user holds that ID number', async () => {
    const token = await signIn(app, 'demo:new:f')
    const holder = DEMO_HOLDERS.find((h) => h.key === 'valid')!
    const res = await startAndPass(token, {
      name: holder.name,
      idNumber: holder.idNumber,
      phone: holder.phone,
    })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('REALNAME_ALREADY_BOUND')

    // Two new users racing for the same person: the second confirmation is refused.
    const first = await signIn(app, 'demo:new:g')
    const second = await signIn(app, 'demo:new:h')
    const a = (await startRealName(first, { name: wuMin.name, idNumber: wuMin.idNumber, phone: wuMin.phone }))
      .body.data.verifyId
    const b = (
      await startRealName(second, { name: wuMin.name, idNumber: wuMin.idNumber, phone: wuMin.phone })
    ).body.data.verifyId
    expect(
      (
        await call(app, 'confirmRealName', {
          token: first,
          params: { verifyId: a },
          body: { verifyResult: `dev-pass:${a}` },
        })
      ).status,
    ).toBe(200)
    const late = await call(app, 'confirmRealName', {
      token: second,
      params: { verifyId: b },
      body: { verifyResult: `dev-pass:${b}` },
    })
    expect(late.body.error.code).toBe('REALNAME_ALREADY_BOUND')
  })

  test('FACE_VERIFICATION_FAILED for a failing or unknown result', async () => {
    const token = await signIn(app, 'demo:new:i')
    const { verifyId } = (
      await startRealName(token, { name: wuMin.name, idNumber: wuMin.idNumber, phone: wuMin.phone })
    ).body.data
    const failed = await call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: `dev-fail:${verifyId}` },
    })
    expect(failed.status).toBe(422)
    expect(failed.body.error.code).toBe('FACE_VERIFICATION_FAILED')
    const forged = await call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: 'dev-pass:someone-else' },
    })
    expect(forged.body.error.code).toBe('FACE_VERIFICATION_FAILED')
    expect((await call(app, 'getProfile', { token })).body.data.realName.status).toBe('NONE')
  })

  test('VERIFICATION_EXPIRED after 10 minutes on the backend clock', async () => {
    const token = await signIn(app, 'demo:new:j')
    const start = await startRealName(token, {
      name: wuMin.name,
      idNumber: wuMin.idNumber,
      phone: wuMin.phone,
    })
    const { verifyId, expiresAt } = start.body.data
    await operator(app, 'PUT', '/clock', { now: new Date(Date.parse(expiresAt) + 1000).toISOString() })
    const res = await call(app, 'confirmRealName', {
      token,
      params: { verifyId },
      body: { verifyResult: `dev-pass:${verifyId}` },
    })
    expect(res.status).toBe(410)
    expect(res.body.error.code).toBe('VERIFICATION_EXPIRED')
  })

  test("another user's verify id is NOT_FOUND", async () => {
    const owner = await signIn(app, 'demo:new:k')
    const stranger = await signIn(app, 'demo:new:l')
    const { verifyId } = (
      await startRealName(owner, { name: wuMin.name, idNumber: wuMin.idNumber, phone: wuMin.phone })
    ).body.data
    const res = await call(app, 'confirmRealName', {
      token: stranger,
      params: { verifyId },
      body: { verifyResult: `dev-pass:${verifyId}` },
    })
    expect(res.status).toBe(404)
  })
})

describe('蓝底证件照', () => {
  async function upload(token: string, file: Buffer, uploadId = 'upload-0001') {
    const { payload, contentType } = multipart(file)
    return call(app, 'uploadPhoto', {
      token,
      payload,
      headers: { 'content-type': contentType, 'upload-id': uploadId },
    })
  }

  test('an accepted photo is stored once per Upload-Id and served at its url', async () => {
    const token = await signIn(app, 'expiring')
    const photo = portraitJpeg()
    const first = await upload(token, photo)
    expect(first.status).toBe(201)
    expect(first.body.data).toMatchObject({
      status: 'ACCEPTED',
      url: expect.stringMatching(/^\/v1\/photos\/p_[0-9a-f]{32}\.jpg$/),
    })
    const retry = await upload(token, photo)
    expect(retry.status).toBe(200)
    expect(retry.body.data).toEqual(first.body.data)
    const state = await operator<{ photos: Array<{ userId: string }> }>(app, 'GET', '/state')
    expect(state.body.data.photos.filter((p) => p.userId === 'u-expiring')).toHaveLength(1)

    const photoId = first.body.data.url.split('/').pop()
    const served = await call(app, 'getPhoto', { params: { photoId } })
    expect(served.status).toBe(200)
    expect(served.headers['content-type']).toBe('image/jpeg')
    expect(served.raw.equals(photo)).toBe(true)
    expect((await call(app, 'getProfile', { token })).body.data.photo).toEqual(first.body.data)
  })

  test('refusals: not a JPEG, wrong size, not blue, too large, no Upload-Id, no file', async () => {
    const token = await signIn(app, 'expiring')
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const notJpeg = await upload(token, png, 'upload-0002')
    expect(notJpeg.status).toBe(422)
    expect(notJpeg.body.error).toMatchObject({
      code: 'PHOTO_REJECTED',
      details: { problems: [{ code: 'NOT_JPEG' }] },
    })

    const wrongSize = await upload(token, portraitJpeg({ width: 300, height: 400 }), 'upload-0003')
    expect(wrongSize.body.error.details.problems[0]).toMatchObject({
      code: 'WRONG_SIZE',
      message: expect.stringContaining('358×441'),
    })

    const grey = await upload(token, portraitJpeg({ background: [200, 200, 200] }), 'upload-0004')
    expect(grey.body.error.details.problems.map((p: { code: string }) => p.code)).toEqual([
      'BACKGROUND_NOT_BLUE',
    ])
    expect(grey.body.error.details.problems[0].tip).toMatch(CHINESE)

    const big = portraitJpeg({ noise: true, quality: 100 })
    expect(big.length).toBeGreaterThan(51200)
    const tooLarge = await upload(token, big, 'upload-0005')
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.body.error.code).toBe('PAYLOAD_TOO_LARGE')

    const { payload, contentType } = multipart(portraitJpeg())
    const noId = await call(app, 'uploadPhoto', { token, payload, headers: { 'content-type': contentType } })
    expect(noId.status).toBe(422)
    expect(noId.body.error.fields).toEqual([{ field: 'Upload-Id', message: '缺少请求头 Upload-Id' }])

    const wrongField = multipart(portraitJpeg(), 'picture')
    const noFile = await call(app, 'uploadPhoto', {
      token,
      payload: wrongField.payload,
      headers: { 'content-type': wrongField.contentType, 'upload-id': 'upload-0006' },
    })
    expect(noFile.body.error.fields).toEqual([{ field: 'file', message: '请选择要上传的照片' }])

    expect((await call(app, 'getProfile', { token })).body.data.photo).toEqual({ status: 'NONE' })
  })

  test('needs 实名认证 first', async () => {
    const token = await signIn(app, 'demo:new:m')
    const res = await upload(token, portraitJpeg())
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('REALNAME_REQUIRED')
  })

  test('an unknown photo id is NOT_FOUND', async () => {
    const res = await call(app, 'getPhoto', { params: { photoId: 'p_00000000000000000000000000000000.jpg' } })
    expect(res.status).toBe(404)
  })
})

describe('聘用关系', () => {
  test('refresh reads the market-supervision platform: the mismatch holder now works at Y', async () => {
    const token = await signIn(app, 'mismatch')
    const before = await call(app, 'getEmployment', { token })
    expect(before.body.data.employer.name).toBe('皖水演示水利建设有限公司')
    const after = await call(app, 'refreshEmployment', { token })
    expect(after.body.data.employer.name).toBe('华安演示建设集团有限公司')
    expect(after.body.data.refreshedAt).toBe(after.body.meta.serverTime)
    expect((await call(app, 'getEmployment', { token })).body.data).toEqual(after.body.data)
  })
})

describe('手机号 from WeChat’s phone button', () => {
  test('a phone code the backend can exchange stands in for a typed number', async () => {
    const token = await signIn(app, 'demo:new:phone-ok')
    const res = await startRealName(token, {
      name: wuMin.name,
      idNumber: wuMin.idNumber,
      phoneCode: 'demo-phone:13912345678',
    })
    expect(res.status).toBe(201)
  })

  test('a code that cannot be exchanged asks for the number to be typed', async () => {
    const token = await signIn(app, 'demo:new:phone-bad')
    const res = await startRealName(token, { name: wuMin.name, idNumber: wuMin.idNumber, phoneCode: 'abc' })
    expect(res.status).toBe(422)
    expect(res.body.error.fields).toEqual([
      { field: 'phone', message: '未能获取微信绑定的手机号，请手动输入手机号' },
    ])
  })

  test('a typed number and a code together, or neither, are refused', async () => {
    const token = await signIn(app, 'demo:new:phone-both')
    const both = await startRealName(token, {
      name: wuMin.name,
      idNumber: wuMin.idNumber,
      phone: wuMin.phone,
      phoneCode: 'demo-phone:13912345678',
    })
    expect(both.body.error.code).toBe('VALIDATION_FAILED')
    const neither = await startRealName(token, { name: wuMin.name, idNumber: wuMin.idNumber })
    expect(neither.body.error.code).toBe('VALIDATION_FAILED')
    expect(neither.body.error.fields).toEqual([{ field: 'phone', message: '请输入手机号' }])
    expect(neither.body.error.message).toMatch(CHINESE)
  })
})
