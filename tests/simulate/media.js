// WeChat's media and canvas API for miniprogram-simulate, implementing only what WeChat documents:
// wx.chooseMedia, wx.getImageInfo, wx.createOffscreenCanvas({ type: '2d' }) with getContext('2d') and
// createImage (no toDataURL: OffscreenCanvas documents none), the on-page <canvas type="2d"> node
// reached through wx.createSelectorQuery().select().fields({ node, size }).exec(), the 2d context's
// drawImage and getImageData, wx.canvasToTempFilePath({ canvas, fileType, quality, … }),
// wx.getFileSystemManager().statSync, and wx.uploadFile with a real multipart POST. Pixels are real:
// images are decoded and encoded with jpeg-js, so the photo checks run on what the canvas drew.
const fs = require('node:fs')
const http = require('node:http')
const os = require('node:os')
const path = require('node:path')
const jpeg = require('jpeg-js')

const TEMP = fs.mkdtempSync(path.join(os.tmpdir(), 'wx-media-'))
let fileCounter = 0
const tempPath = (ext) => path.join(TEMP, `tmp_${++fileCounter}.${ext}`)

/** A JPEG portrait: background colour, a face and shoulders in the centre. */
function portraitJpeg({ width = 900, height = 1200, background = [0x43, 0x8e, 0xdb] } = {}) {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const fx = (x - width / 2) / (width * 0.2)
      const fy = (y - height * 0.45) / (height * 0.2)
      let c = background
      if (y > height * 0.68 && Math.abs(x - width / 2) < width * 0.42 - (height - y) * 0.2) c = [40, 45, 60]
      else if (fx * fx + fy * fy <= 1) c = [224, 182, 150]
      const i = (y * width + x) * 4
      data[i] = c[0]
      data[i + 1] = c[1]
      data[i + 2] = c[2]
      data[i + 3] = 255
    }
  }
  return jpeg.encode({ data, width, height }, 90).data
}

function writeTemp(buffer, ext = 'jpg') {
  const file = tempPath(ext)
  fs.writeFileSync(file, buffer)
  return file
}

const settle = (opts, ok, value) => {
  if (ok) opts.success && opts.success(value)
  else opts.fail && opts.fail(value)
  opts.complete && opts.complete(value)
}

/** A 2d surface: RGBA pixels, drawImage with nearest-neighbour scaling, getImageData. */
function surface(canvas) {
  const ensure = () => {
    if (!canvas._pixels || canvas._pixels.length !== canvas.width * canvas.height * 4) {
      canvas._pixels = new Uint8ClampedArray(canvas.width * canvas.height * 4)
    }
    return canvas._pixels
  }
  return {
    drawImage(img, ...args) {
      if (!img._decoded) throw new Error('drawImage: image not loaded')
      const { width: iw, height: ih, data: src } = img._decoded
      let [sx, sy, sw, sh, dx, dy, dw, dh] = [0, 0, iw, ih, 0, 0, iw, ih]
      if (args.length === 2) [dx, dy] = args
      else if (args.length === 4) [dx, dy, dw, dh] = args
      else if (args.length === 8) [sx, sy, sw, sh, dx, dy, dw, dh] = args
      else throw new Error(`drawImage: ${args.length} numbers`)
      const out = ensure()
      for (let y = 0; y < dh; y++) {
        const ty = Math.floor(dy + y)
        if (ty < 0 || ty >= canvas.height) continue
        const fy = Math.min(ih - 1, Math.floor(sy + ((y + 0.5) * sh) / dh))
        for (let x = 0; x < dw; x++) {
          const tx = Math.floor(dx + x)
          if (tx < 0 || tx >= canvas.width) continue
          const fx = Math.min(iw - 1, Math.floor(sx + ((x + 0.5) * sw) / dw))
          const s = (fy * iw + fx) * 4
          const t = (ty * canvas.width + tx) * 4
          out[t] = src[s]
          out[t + 1] = src[s + 1]
          out[t + 2] = src[s + 2]
          out[t + 3] = 255
        }
      }
    },
    getImageData(x, y, w, h) {
      const all = ensure()
      const data = new Uint8ClampedArray(w * h * 4)
      for (let row = 0; row < h; row++) {
        const from = ((y + row) * canvas.width + x) * 4
        data.set(all.subarray(from, from + w * 4), row * w * 4)
      }
      return { data, width: w, height: h }
    },
  }
}

function image() {
  const img = { onload: null, onerror: null, _decoded: null }
  Object.defineProperty(img, 'src', {
    set(value) {
      setTimeout(() => {
        try {
          img._decoded = jpeg.decode(fs.readFileSync(value), { useTArray: true })
          img.onload && img.onload()
        } catch (e) {
          img.onerror && img.onerror(e)
        }
      }, 0)
    },
  })
  return img
}

function canvasNode(width, height) {
  const canvas = { width, height, _pixels: null }
  canvas.getContext = (type) => {
    if (type !== '2d') throw new Error(`getContext(${type})`)
    return surface(canvas)
  }
  canvas.createImage = image
  return canvas
}

/**
 * The media part of wx. `offscreen: false` plays an older base library without createOffscreenCanvas,
 * so the port falls back to the on-page canvas for reading pixels too.
 */
function createMedia({ chooseFile, offscreen = true, onUpload } = {}) {
  const pageCanvas = canvasNode(300, 150)
  const calls = { chooseMedia: [], canvasToTempFilePath: 0, offscreen: 0, pageCanvasQueries: 0, uploads: [] }
  return {
    calls,
    api: {
      canIUse: (name) => (name === 'createOffscreenCanvas' ? offscreen : true),
      chooseMedia(opts) {
        calls.chooseMedia.push({ ...opts })
        const file = chooseFile()
        settle(opts, true, {
          type: 'image',
          tempFiles: [{ tempFilePath: file, size: fs.statSync(file).size, fileType: 'image' }],
          errMsg: 'chooseMedia:ok',
        })
      },
      getImageInfo(opts) {
        try {
          const { width, height } = jpeg.decode(fs.readFileSync(opts.src), { useTArray: true })
          settle(opts, true, { width, height, path: opts.src, type: 'jpeg', errMsg: 'getImageInfo:ok' })
        } catch (e) {
          settle(opts, false, { errMsg: `getImageInfo:fail ${e.message}` })
        }
      },
      createOffscreenCanvas(options) {
        if (!offscreen) throw new Error('createOffscreenCanvas is not a function')
        calls.offscreen += 1
        // Exactly what OffscreenCanvas documents: width, height, getContext, createImage.
        return canvasNode(options.width, options.height)
      },
      createSelectorQuery() {
        const query = {
          in: () => query,
          select(selector) {
            return {
              fields(spec) {
                return {
                  exec(cb) {
                    const isPhotoCanvas = selector === '#photo-canvas' && spec.node
                    if (isPhotoCanvas) calls.pageCanvasQueries += 1
                    cb([isPhotoCanvas ? { node: pageCanvas, width: 358, height: 441 } : null])
                  },
                }
              },
              boundingClientRect: () => ({ exec: () => {} }),
            }
          },
          selectAll: () => ({ boundingClientRect: () => ({ exec: () => {} }) }),
          exec: () => {},
        }
        return query
      },
      canvasToTempFilePath(opts) {
        calls.canvasToTempFilePath += 1
        const c = opts.canvas
        if (c !== pageCanvas) {
          settle(opts, false, {
            errMsg: 'canvasToTempFilePath:fail canvas is not an on-page canvas of type 2d',
          })
          return
        }
        const width = opts.width ?? c.width
        const height = opts.height ?? c.height
        const data = Buffer.from(surface(c).getImageData(opts.x ?? 0, opts.y ?? 0, width, height).data)
        const quality = Math.round((opts.quality ?? 1) * 100)
        const file = writeTemp(jpeg.encode({ data, width, height }, quality).data)
        settle(opts, true, { tempFilePath: file, errMsg: 'canvasToTempFilePath:ok' })
      },
      getFileSystemManager() {
        return {
          statSync: (p) => ({ size: fs.statSync(p).size, isFile: () => true }),
          readFileSync: (p, encoding) => fs.readFileSync(p, encoding),
        }
      },
      uploadFile(opts) {
        const body = fs.readFileSync(opts.filePath)
        const boundary = '----wxSimulateBoundary'
        const payload = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${opts.name}"; filename="${path.basename(opts.filePath)}"\r\nContent-Type: image/jpeg\r\n\r\n`,
          ),
          body,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ])
        calls.uploads.push({ url: opts.url, bytes: body.length, header: opts.header })
        if (onUpload) onUpload(opts)
        const listeners = []
        const req = http.request(
          opts.url,
          {
            method: 'POST',
            headers: { ...opts.header, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
          },
          (res) => {
            const chunks = []
            res.on('data', (c) => chunks.push(c))
            res.on('end', () => {
              for (const l of listeners) l({ progress: 100, totalBytesSent: payload.length })
              settle(opts, true, {
                statusCode: res.statusCode,
                data: Buffer.concat(chunks).toString('utf8'),
                errMsg: 'uploadFile:ok',
              })
            })
          },
        )
        req.on('error', (e) => settle(opts, false, { errMsg: `uploadFile:fail ${e.message}` }))
        req.end(payload)
        return { onProgressUpdate: (fn) => listeners.push(fn), abort: () => req.destroy() }
      },
    },
  }
}

module.exports = { createMedia, portraitJpeg, writeTemp }
