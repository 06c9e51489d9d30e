import Taro from '@tarojs/taro'
import { View, Text, Image, Canvas } from '@tarojs/components'
import { Button } from '../../../components/ui'
import type { PhotoSpec } from '../../../domain/types'
import { PHOTO_PROBLEMS } from '../../../domain/photo'
import { PHOTO_CANVAS_ID } from '../../../services/platform/imagePort'
import { usePhoto } from '../../../data/photo/store'
import { abortPhotoUpload, pickPhoto, uploadPreparedPhoto } from '../../../data/photo/upload'
import './PhotoUploader.scss'

async function pick(sourceType: 'album' | 'camera', spec: PhotoSpec) {
  if (!(await pickPhoto(sourceType, spec))) {
    await Taro.showToast({ title: '无法打开相册或相机，请检查权限', icon: 'none' })
  }
}

/** 蓝底证件照: choose -> check -> crop/scale/compress -> preview -> upload with progress, abort and retry. */
export function PhotoUploader({ spec, onAccepted }: { spec: PhotoSpec; onAccepted(): void }) {
  const flow = usePhoto((s) => s.flow)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

  return (
    <View className="photo">
      {/* Where the WeChat build draws and encodes the photo (see services/platform/image.ts). */}
      <Canvas type="2d" id={PHOTO_CANVAS_ID} className="photo__canvas" aria-hidden />
      <View className="section">
        <Text className="section__title">照片要求</Text>
        <Text className="section__note">
          蓝色背景、本人正面免冠、光线均匀；系统会自动裁剪为 {spec.width}×{spec.height} 像素（26×32
          mm）并压缩到 {kb(spec.maxBytes)} 以内。
        </Text>
        <View className="photo__actions">
          <Button
            type="primary"
            disabled={flow.status === 'checking' || flow.status === 'uploading'}
            onClick={() => void pick('camera', spec)}
          >
            拍照
          </Button>
          <Button
            disabled={flow.status === 'checking' || flow.status === 'uploading'}
            onClick={() => void pick('album', spec)}
            data-testid="pick-album"
          >
            从相册选择
          </Button>
        </View>
      </View>

      {flow.status === 'checking' && <Text className="notice notice--info">正在检查照片…</Text>}

      {flow.status === 'rejected' && (
        <View className="section" role="alert" data-testid="photo-problems">
          <Text className="section__title">这张照片不能使用</Text>
          {flow.problems.map((p) => (
            <View key={p.code} className="photo__problem">
              <Text className="photo__problem-message">{p.message}</Text>
              <Text className="section__note">{p.tip}</Text>
            </View>
          ))}
        </View>
      )}

      {(flow.status === 'ready' || flow.status === 'uploading' || flow.status === 'failed') && (
        <View className="section" data-testid="photo-preview">
          <Text className="section__title">预览</Text>
          <Image
            className="photo__preview"
            src={flow.filePath}
            mode="aspectFit"
            ariaLabel="裁剪后的证件照预览"
            nativeProps={{ alt: '裁剪后的证件照预览' }}
          />
          <Text className="section__note">
            {spec.width}×{spec.height} 像素，{kb(flow.bytes)}
          </Text>
          {flow.status === 'uploading' && (
            <View className="photo__progress" data-testid="upload-progress">
              <View className="photo__bar" style={{ width: `${flow.progress}%` }} />
              <Text className="photo__percent">正在上传 {flow.progress}%</Text>
              <Button size="small" onClick={abortPhotoUpload}>
                取消上传
              </Button>
            </View>
          )}
          {flow.status === 'failed' && (
            <View role="alert">
              <Text className="notice notice--warn">
                {flow.error.code === 'PHOTO_REJECTED'
                  ? `审核未通过：${problemText(flow.error.details.problems)}`
                  : `上传失败：${flow.error.message}`}
              </Text>
            </View>
          )}
          {flow.status !== 'uploading' && (
            <Button type="primary" block onClick={() => void uploadPreparedPhoto()}>
              {flow.status === 'failed' ? '重试上传' : '上传照片'}
            </Button>
          )}
        </View>
      )}

      {flow.status === 'accepted' && (
        <View className="section" data-testid="photo-accepted">
          <Text className="section__title">证件照已上传</Text>
          <Text className="section__note">照片已通过检查并保存，企业办理信息变更时将使用这张照片。</Text>
          <Button type="primary" block onClick={onAccepted}>
            完成
          </Button>
        </View>
      )}
    </View>
  )
}

function problemText(problems: unknown): string {
  if (!Array.isArray(problems) || problems.length === 0) return '照片不符合要求，请换一张'
  return problems
    .map((p) => {
      const code = typeof p === 'string' ? p : (p as { code?: string }).code
      const known = code ? PHOTO_PROBLEMS[code as keyof typeof PHOTO_PROBLEMS] : undefined
      return known
        ? `${known.message}（${known.tip}）`
        : typeof p === 'object' && p && 'message' in p
          ? String(p.message)
          : String(code)
    })
    .join('；')
}
