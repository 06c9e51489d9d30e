/** 我的: profile, 实名认证 with WeChat face verification, the ID photo, and 聘用关系. */
import jpeg from 'jpeg-js'
import { checkIdPhoto, photoProblem, type PhotoProblem } from '../../src/domain/photo'
import { validatePersonName, validatePhone } from '../../src/domain/person'
import { ERROR_MESSAGES, maskIdNumber, validateIdNumber } from '../../src/domain'
import { header, signedIn, verified, type HandlerMap, type RequestContext } from '../context'
import { ApiFailure, fail, notFound, validationFailed } from '../errors'
import { checkStartLimits, forgetOldAttempts } from '../realname'
import { randomId, type UserRecord, type VerificationRecord } from '../store'
import type { FieldError } from '../validation'
import { photoView, profileView } from '../views'

export const VERIFICATION_TTL_MS = 10 * 60 * 1000

/**
 * The reference backend's stand-in for WeChat's check of a facial-verification result: only with
 * the development stand-ins on, and only `dev-pass:<verifyId>`. Without them there is no face
 * check to ask (a real backend asks WeChat's queryVerifyInfo), so nothing is confirmed.
 */
function faceResult(ctx: RequestContext, verifyId: string, verifyResult: string): 'pass' | 'fail' {
  if (!ctx.services.demo) {
    ctx.request.log.warn('face check refused: development stand-ins are off and no face service is set up')
    throw fail('SERVICE_UNAVAILABLE', '人脸核身服务暂未接通，暂时无法完成实名认证，请稍后再试')
  }
  return verifyResult === `dev-pass:${verifyId}` ? 'pass' : 'fail'
}

function boundElsewhere(ctx: RequestContext, user: UserRecord, idNumber: string): boolean {
  return ctx.services.store.state.users.some((u) => u.id !== user.id && u.realName?.idNumber === idNumber)
}

const MAX_UPLOADS_REMEMBERED = 20

/** The client's problem codes plus the two only the server can see (format and exact size). */
type ServerPhotoProblem = Omit<PhotoProblem, 'code'> & {
  code: PhotoProblem['code'] | 'NOT_JPEG' | 'WRONG_SIZE' | 'EXIF_ROTATED'
}

const NOT_JPEG: ServerPhotoProblem = {
  code: 'NOT_JPEG',
  message: '照片不是 JPEG 格式',
  tip: '请使用小程序中的「上传蓝底证件照」选择照片，系统会自动转换为 JPEG',
}

/**
 * The upload is one part, the photo: no other fields, at most one file, and part headers only as
 * long as a file name and a content type need (what wx.uploadFile and the H5 build send). The
 * parser drops header bytes past headerSize; the request as a whole may be the photo's size limit
 * plus MULTIPART_OVERHEAD, and a longer one is refused before it is read.
 */
export const PHOTO_MULTIPART_LIMITS = (maxBytes: number) => ({
  fileSize: maxBytes,
  files: 1,
  fields: 0,
  fieldNameSize: 32,
  fieldSize: 0,
  headerPairs: 8,
  headerSize: 1024,
})
const MULTIPART_OVERHEAD = 4096

const tooLarge = (maxBytes: number) =>
  fail('PAYLOAD_TOO_LARGE', `照片文件超过 ${Math.round(maxBytes / 1024)} KB，请重新压缩后上传`, {
    details: { maxBytes },
  })

async function readUploadedFile(ctx: RequestContext, maxBytes: number): Promise<Buffer> {
  if (!ctx.request.isMultipart()) {
    throw validationFailed([{ field: 'file', message: '请以 multipart/form-data 上传照片（字段名 file）' }])
  }
  const declared = Number(header(ctx, 'content-length'))
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes)
  let file: Buffer | undefined
  try {
    for await (const part of ctx.request.parts({ limits: PHOTO_MULTIPART_LIMITS(maxBytes) })) {
      if (part.type !== 'file') {
        throw validationFailed([{ field: 'file', message: '上传内容中的项目过多，请只上传照片' }])
      }
      const bytes = await part.toBuffer()
      if (part.fieldname === 'file' && !file) file = bytes
    }
  } catch (err) {
    if (err instanceof ApiFailure) throw err
    const code = (err as { code?: string }).code
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes)
    if (code === 'FST_FILES_LIMIT') {
      throw validationFailed([{ field: 'file', message: '一次只能上传一张照片' }])
    }
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
      throw validationFailed([{ field: 'file', message: '上传内容中的项目过多，请只上传照片' }])
    }
    // The multipart parser's own errors (no boundary, the body ends mid-part) are the client's.
    const status = (err as { statusCode?: unknown }).statusCode
    if (typeof status !== 'number' || status < 500) {
      throw validationFailed([{ field: 'file', message: '上传的内容不完整或格式不正确，请重新上传' }])
    }
    throw err
  }
  if (!file) throw validationFailed([{ field: 'file', message: '请选择要上传的照片' }])
  if (file.length === 0) {
    throw validationFailed([{ field: 'file', message: '照片文件是空的（0 字节），请重新选择或拍摄照片' }])
  }
  return file
}

interface JpegHeader {
  width: number
  height: number
  /** EXIF orientation (1 = upright); absent when the file has no EXIF */
  orientation?: number
}

/** EXIF orientation from an APP1 segment (TIFF header, IFD0 tag 0x0112); undefined when absent or damaged. */
function exifOrientation(segment: Buffer): number | undefined {
  if (segment.length < 14 || segment.toString('latin1', 0, 6) !== 'Exif\0\0') return undefined
  const tiff = segment.subarray(6)
  const little = tiff.toString('latin1', 0, 2) === 'II'
  if (!little && tiff.toString('latin1', 0, 2) !== 'MM') return undefined
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd = u32(4)
  if (ifd + 2 > tiff.length) return undefined
  const entries = u16(ifd)
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12
    if (at + 12 > tiff.length) return undefined
    if (u16(at) === 0x0112) return u16(at + 8)
  }
  return undefined
}

/**
 * Size and orientation from the JPEG markers, read before decoding: a header that declares
 * 10000×10000 pixels is refused by its size without allocating the pixels. null when the markers
 * end before the frame header and the start of the image data (a truncated or damaged file, or a
 * header without a picture, which the decoder would turn into a blank image).
 */
function readJpegHeader(bytes: Buffer): JpegHeader | null {
  let orientation: number | undefined
  let frame: { width: number; height: number } | undefined
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at++
      continue
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    if (marker === 0xd9) return null
    const length = bytes.readUInt16BE(at + 2)
    if (length < 2 || at + 2 + length > bytes.length) return null
    // The first scan: the picture starts here, so the header is complete.
    if (marker === 0xda) return frame && at + 2 + length < bytes.length ? { ...frame, orientation } : null
    const segment = bytes.subarray(at + 4, at + 2 + length)
    if (marker === 0xe1 && orientation === undefined) orientation = exifOrientation(segment)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame && !frame) {
      if (segment.length < 5) return null
      frame = { height: segment.readUInt16BE(1), width: segment.readUInt16BE(3) }
    }
    at += 2 + length
  }
  return null
}

const EXIF_ROTATED: ServerPhotoProblem = {
  code: 'EXIF_ROTATED',
  message: '照片带有旋转标记，显示的方向与实际像素不一致',
  tip: '请使用小程序中的「上传蓝底证件照」重新选择照片，系统会自动摆正',
}

const wrongSize = (spec: { width: number; height: number }, width: number, height: number) => ({
  code: 'WRONG_SIZE' as const,
  message: `照片尺寸应为 ${spec.width}×${spec.height} 像素，实际为 ${width}×${height} 像素`,
  tip: '请使用小程序中的「上传蓝底证件照」重新选择照片，系统会自动裁剪',
})

/** The server's re-check: JPEG, exactly the spec's size, and the same pixel check the client ran. */
function photoProblems(bytes: Buffer, ctx: RequestContext): ServerPhotoProblem[] {
  const spec = ctx.services.config.photo
  if (!(bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)) return [NOT_JPEG]
  const declared = readJpegHeader(bytes)
  if (!declared) return [photoProblem('UNREADABLE')]
  // Viewers turn the picture by the EXIF tag; the check below sees the stored pixels. They must agree.
  if (declared.orientation !== undefined && declared.orientation >= 2 && declared.orientation <= 8) {
    return [EXIF_ROTATED]
  }
  if (declared.width !== spec.width || declared.height !== spec.height) {
    return [wrongSize(spec, declared.width, declared.height)]
  }
  let image: { width: number; height: number; data: Uint8Array }
  try {
    image = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: 4, maxMemoryUsageInMB: 64 })
  } catch {
    return [photoProblem('UNREADABLE')]
  }
  if (image.width !== spec.width || image.height !== spec.height) {
    return [wrongSize(spec, image.width, image.height)]
  }
  const verdict = checkIdPhoto({ data: image.data, width: image.width, height: image.height }, spec)
  return verdict.ok ? [] : verdict.problems
}

/**
 * The province's service exchanges the getPhoneNumber code with WeChat for the bound number. The
 * reference backend cannot reach WeChat: it accepts demo codes `demo-phone:<number>` and answers
 * any other code with the message that asks the holder to type the number.
 */
export const PHONE_CODE_UNAVAILABLE = '未能获取微信绑定的手机号，请手动输入手机号'

function exchangePhoneCode(
  ctx: RequestContext,
  code: string,
): { ok: true; value: string } | { ok: false; message: string } {
  const demo = ctx.services.demo ? /^demo-phone:(\d{11})$/.exec(code) : null
  if (!demo) return { ok: false, message: PHONE_CODE_UNAVAILABLE }
  return validatePhone(demo[1])
}

export const identityHandlers: HandlerMap = {
  getProfile(ctx) {
    return { data: profileView(signedIn(ctx), ctx.services.store, ctx.services.clock.today()) }
  },

  /**
   * Step 1. Checks only the form (R12, name, phone) and the limits; the register is not consulted,
   * so every well-formed start gets the same answer, a verify id, whoever the number belongs to.
   */
  startRealName(ctx) {
    const user = signedIn(ctx)
    const { store, clock, realNameLimits } = ctx.services
    const body = ctx.body as { name: string; idNumber: string; phone?: string; phoneCode?: string }
    const fields: FieldError[] = []
    const name = validatePersonName(body.name)
    if (!name.ok) fields.push({ field: 'name', message: name.message })
    const id = validateIdNumber(body.idNumber, clock.today())
    if (!id.ok) fields.push({ field: 'idNumber', message: id.message })
    const phone =
      body.phoneCode !== undefined && body.phone !== undefined
        ? ({ ok: false, message: '请只填写手机号或使用微信手机号，二选一' } as const)
        : body.phoneCode !== undefined
          ? exchangePhoneCode(ctx, body.phoneCode)
          : validatePhone(body.phone ?? '')
    if (!phone.ok) fields.push({ field: 'phone', message: phone.message })
    if (!name.ok || !id.ok || !phone.ok) throw validationFailed(fields)

    // The account's one open verification. A repeated start with the same details (the first
    // answer was lost on a weak network) continues it; other details end it and start anew.
    const open = store.state.verifications.find(
      (v) => v.userId === user.id && !v.confirmedAt && !v.closed && v.expiresAt > clock.later(60 * 1000),
    )
    if (open && open.name === name.value && open.idNumber === id.value && open.phone === phone.value) {
      return { status: 201, data: { verifyId: open.id, expiresAt: open.expiresAt } }
    }
    const nowMs = Date.now()
    checkStartLimits(store, realNameLimits, user.id, id.value, nowMs)
    if (open) open.closed = { at: clock.nowIso(), reason: 'superseded' }

    const verification: VerificationRecord = {
      id: randomId('v_', 12),
      userId: user.id,
      name: name.value,
      idNumber: id.value,
      phone: phone.value,
      createdAt: clock.nowIso(),
      expiresAt: clock.later(VERIFICATION_TTL_MS),
      startedAtMs: nowMs,
      failures: 0,
    }
    forgetOldAttempts(store, nowMs)
    store.state.verifications.push(verification)
    ctx.request.log.info(
      { user: user.id, idNumber: maskIdNumber(id.value) },
      'real-name verification started',
    )
    return { status: 201, data: { verifyId: verification.id, expiresAt: verification.expiresAt } }
  },

  /**
   * Step 2. The face check first; only for a person whose face check passed does the register
   * speak: IDENTITY_MISMATCH, REALNAME_ALREADY_BOUND, or the binding.
   */
  confirmRealName(ctx) {
    const user = signedIn(ctx)
    const { store, clock, realNameLimits } = ctx.services
    const { verifyResult } = ctx.body as { verifyResult: string }
    const v = store.state.verifications.find((x) => x.id === ctx.params.verifyId && x.userId === user.id)
    if (!v) throw notFound('核验记录不存在，请重新开始实名认证')
    if (v.confirmedAt && user.realName?.idNumber === v.idNumber)
      return { data: profileView(user, store, clock.today()) }
    if (v.closed?.reason === 'superseded') {
      throw fail(
        'VERIFICATION_EXPIRED',
        '这次核验已被您之后的一次认证取代，请按最新填写的信息再点「开始认证」',
      )
    }
    if (v.closed?.reason === 'failures') {
      throw fail(
        'VERIFICATION_EXPIRED',
        `这次核验已有 ${realNameLimits.failedConfirmations} 次人脸核身未通过，已失效；现在可以再点「开始认证」重新开始`,
      )
    }
    if (v.expiresAt <= clock.nowIso()) throw fail('VERIFICATION_EXPIRED')

    if (faceResult(ctx, v.id, verifyResult) !== 'pass') {
      v.failures = (v.failures ?? 0) + 1
      const left = realNameLimits.failedConfirmations - v.failures
      if (left <= 0) {
        v.closed = { at: clock.nowIso(), reason: 'failures' }
        throw fail(
          'FACE_VERIFICATION_FAILED',
          `人脸核身未通过，这次核验已有 ${v.failures} 次未通过并已失效。请核对姓名和身份证号，再点「开始认证」重新开始`,
          { details: { attemptsLeft: 0 } },
        )
      }
      const why = verifyResult.startsWith('dev-fail:')
        ? ERROR_MESSAGES.FACE_VERIFICATION_FAILED
        : '未能确认人脸核身结果，请重新核验'
      throw fail('FACE_VERIFICATION_FAILED', `${why}（这次核验还可以再试 ${left} 次）`, {
        details: { attemptsLeft: left },
      })
    }

    // The face check passed for the person named in this verification: now the register.
    if (user.realName && user.realName.idNumber !== v.idNumber) {
      throw fail('REALNAME_ALREADY_BOUND', '您的微信已完成实名认证，不能再认证为其他身份证号')
    }
    const person = store.person(v.idNumber)
    if (person && person.name !== v.name) {
      throw fail('IDENTITY_MISMATCH', undefined, {
        fields: [
          { field: 'name', message: '请核对姓名，须与身份证上的完全一致' },
          { field: 'idNumber', message: '请核对身份证号，须与身份证上的完全一致' },
        ],
      })
    }
    if (boundElsewhere(ctx, user, v.idNumber)) throw fail('REALNAME_ALREADY_BOUND')

    const now = clock.nowIso()
    v.confirmedAt = now
    if (!person) {
      // Someone the register did not know (e.g. coming to Anhui by transfer): the province records them now.
      store.state.people.push({ idNumber: v.idNumber, name: v.name, constructorRegistrations: [] })
    }
    user.realName = { name: v.name, idNumber: v.idNumber, phone: v.phone, verifiedAt: now }
    ctx.request.log.info(
      { user: user.id, idNumber: maskIdNumber(v.idNumber) },
      'real-name verification confirmed',
    )
    return { data: profileView(user, store, clock.today()) }
  },

  async uploadPhoto(ctx) {
    const user = verified(ctx)
    const { store, clock, config } = ctx.services
    const uploadId = header(ctx, 'Upload-Id') ?? ''
    const bytes = await readUploadedFile(ctx, config.photo.maxBytes)
    // A retried upload (same Upload-Id) gets the first answer; nothing is stored twice.
    const prior = store.state.uploads.find((u) => u.userId === user.id && u.uploadId === uploadId)
    if (prior) return { status: 200, data: prior.result }

    const problems = photoProblems(bytes, ctx)
    if (problems.length) {
      throw fail('PHOTO_REJECTED', `证件照未通过检查：${problems.map((p) => p.message).join('；')}`, {
        details: { problems },
      })
    }
    const now = clock.nowIso()
    const photoId = randomId('p_', 16)
    store.state.photos = store.state.photos.filter((p) => p.userId !== user.id)
    store.state.photos.push({
      id: photoId,
      userId: user.id,
      jpegBase64: bytes.toString('base64'),
      createdAt: now,
    })
    user.photo = { photoId, uploadedAt: now }
    const result = photoView(user)
    const mine = store.state.uploads.filter((u) => u.userId === user.id)
    const dropped = new Set(mine.slice(0, Math.max(0, mine.length + 1 - MAX_UPLOADS_REMEMBERED)))
    store.state.uploads = store.state.uploads.filter((u) => !dropped.has(u))
    store.state.uploads.push({ userId: user.id, uploadId, result, createdAt: now })
    return { status: 201, data: result }
  },

  getPhoto(ctx) {
    const id = ctx.params.photoId.replace(/\.jpg$/, '')
    const photo = ctx.services.store.state.photos.find((p) => p.id === id)
    if (!photo) throw notFound('照片不存在')
    return {
      raw: true,
      contentType: 'image/jpeg',
      body: Buffer.from(photo.jpegBase64, 'base64'),
      // An image and nothing else: never sniffed into HTML or script.
      headers: { 'Cache-Control': 'private, max-age=86400', 'X-Content-Type-Options': 'nosniff' },
    }
  },

  getEmployment(ctx) {
    return { data: verified(ctx).employment }
  },

  refreshEmployment(ctx) {
    const user = verified(ctx)
    const { store, clock } = ctx.services
    const record = store.state.market.find((m) => m.idNumber === user.realName.idNumber)
    user.employment = record
      ? { employer: { ...record.employer }, since: record.since, refreshedAt: clock.nowIso() }
      : null
    return { data: user.employment }
  },
}
