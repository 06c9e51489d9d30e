import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button as NativeButton, View, Text, Input } from '@tarojs/components'
import { Button } from '../../../components/ui'
import { checkIdNumberTyping, validateIdNumber } from '../../../domain'
import { validatePersonName, validatePhone } from '../../../domain/person'
import { serverToday } from '../../../services/clock'
import { ApiError } from '../../../services/errors'
import { hasPhoneNumberButton } from '../../../services/platform/capabilities'
import { faceVerifier, FaceVerifyCancelled } from '../../../services/platform/face'
import { RefusalHelp } from '../../../guidance/components/RefusalHelp'
import { useProfile } from '../../../data/profile/store'
import { confirmRealName, startRealName } from '../../../data/identity/api'
import { useRealNameDraft, type RealNameDraft } from '../../../data/identity/store'
import './RealNameForm.scss'

type Field = keyof RealNameDraft
type Errors = Partial<Record<Field, string>>

type StartValues = Parameters<typeof startRealName>[0]

/**
 * What to do next after each answer of 实名认证. The register is consulted only after the face
 * check has passed, so 姓名/身份证号 problems and 已绑定 arrive with the confirmation; everything
 * typed stays in the form either way. (Refusals whose next step lies outside the app, such as
 * 已绑定 or the daily limit, show it through RefusalHelp.)
 */
const NEXT_STEP: Record<string, string> = {
  IDENTITY_MISMATCH: '请对照身份证核对姓名和身份证号（红字处），改正后再点「开始认证」，需要重新刷脸。',
  FACE_VERIFICATION_FAILED: '请在光线充足处正对手机，摘下帽子和眼镜，再点「开始认证」重新核身。',
  VERIFICATION_EXPIRED: '再点「开始认证」重新开始即可，已填写的信息不用重填。',
}

function validateAll(d: RealNameDraft, phoneCode?: string): { errors: Errors; values?: StartValues } {
  const name = validatePersonName(d.name)
  const id = validateIdNumber(d.idNumber, serverToday())
  const phone = phoneCode ? ({ ok: true, value: '' } as const) : validatePhone(d.phone)
  const errors: Errors = {}
  if (!name.ok) errors.name = name.message
  if (!id.ok) errors.idNumber = id.message
  if (!phone.ok) errors.phone = phone.message
  if (!name.ok || !id.ok || !phone.ok) return { errors }
  const base = { name: name.value, idNumber: id.value }
  return { errors, values: phoneCode ? { ...base, phoneCode } : { ...base, phone: phone.value } }
}

/** 实名认证: 姓名, 身份证号 (checked while typing and on submit), 手机号, then face verification. */
export function RealNameForm({ onDone }: { onDone(): void }) {
  const draft = useRealNameDraft((s) => s.draft)
  const update = useRealNameDraft((s) => s.update)
  const [errors, setErrors] = useState<Errors>({})
  const [banner, setBanner] = useState<string | null>(null)
  // The refusal's code, for its explanation and 「查看常见问题」.
  const [bannerCode, setBannerCode] = useState<string | null>(null)
  const [nextStep, setNextStep] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const pendingFace = useRef<{ details: string; verifyId: string; result: string } | null>(null)
  // The one-off code from WeChat's phone button; the backend exchanges it for the bound number.
  const [phoneCode, setPhoneCode] = useState<string | undefined>()

  const onPhoneNumber = (detail: { code?: string; errMsg?: string }) => {
    if (detail.code) {
      setPhoneCode(detail.code)
      setErrors((e) => ({ ...e, phone: undefined }))
    } else {
      setErrors((e) => ({ ...e, phone: '未获取到微信手机号，请在下方手动输入' }))
    }
  }

  // A message about what was there (a refusal after the face check, say) goes once it is edited;
  // the check runs again when the field is left and on submit.
  const onTextInput = (field: 'name' | 'phone', value: string) => {
    update({ [field]: value })
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e))
  }

  const onIdInput = (value: string) => {
    update({ idNumber: value })
    const typing = checkIdNumberTyping(value, serverToday())
    setErrors((e) => ({ ...e, idNumber: typing.message }))
  }

  const onBlur = (field: Field) => {
    const { errors: all } = validateAll(useRealNameDraft.getState().draft, phoneCode)
    const current = useRealNameDraft.getState().draft[field]
    setErrors((e) => ({ ...e, [field]: current ? all[field] : undefined }))
  }

  const submit = async () => {
    if (busy) return
    const { errors: found, values } = validateAll(draft, phoneCode)
    setErrors(found)
    setBanner(null)
    setBannerCode(null)
    setNextStep(null)
    if (!values) return
    setBusy(true)
    try {
      // After a passed face check whose confirmation was lost, the retry confirms it again instead
      // of asking for the face once more (as long as the details are unchanged).
      const details = JSON.stringify(values)
      let face = pendingFace.current?.details === details ? pendingFace.current : null
      if (!face) {
        const { verifyId } = await startRealName(values)
        face = { details, verifyId, result: await faceVerifier.verify(verifyId) }
        pendingFace.current = face
      }
      const profile = await confirmRealName(face.verifyId, face.result)
      pendingFace.current = null
      useProfile.getState().setProfile(profile)
      useRealNameDraft.getState().clear()
      await Taro.showToast({ title: '实名认证成功', icon: 'success' })
      onDone()
    } catch (err) {
      if (err instanceof FaceVerifyCancelled) {
        setBanner('您取消了人脸核身。信息已保留，准备好后再点「开始认证」。')
      } else if (err instanceof ApiError) {
        if (!err.retryable) pendingFace.current = null
        const fieldErrors: Errors = {}
        for (const f of err.fields) {
          if (f.field === 'name' || f.field === 'idNumber' || f.field === 'phone')
            fieldErrors[f.field] = f.message
        }
        // A phone code is single-use: after any refusal the holder types the number or taps again.
        if (phoneCode && fieldErrors.phone) setPhoneCode(undefined)
        setErrors((e) => ({ ...e, ...fieldErrors }))
        setBanner(err.message)
        setBannerCode(err.code)
        setNextStep(NEXT_STEP[err.code] ?? null)
      } else {
        setBanner(err instanceof Error ? err.message : '出了点问题，请稍后重试')
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="realname">
      {faceVerifier.development && (
        <Text className="notice notice--warn" data-testid="dev-verifier">
          开发环境：人脸核身为模拟，正式版使用微信人脸核身。
        </Text>
      )}
      <Text className="section__note">
        请填写与身份证一致的信息。身份证号只用于本次认证，不会保存在手机上。
      </Text>
      <View className="realname__field">
        <Text className="realname__label">姓名</Text>
        <Input
          className="realname__input"
          value={draft.name}
          placeholder="与身份证一致"
          // Twice the rule's 30: an overlong paste is refused with its message, never cut to fit.
          maxlength={60}
          onInput={(e) => onTextInput('name', e.detail.value)}
          onBlur={() => onBlur('name')}
          data-testid="input-name"
        />
        {errors.name && (
          <Text className="realname__error" data-testid="error-name">
            {errors.name}
          </Text>
        )}
      </View>
      <View className="realname__field">
        <Text className="realname__label">身份证号</Text>
        <Input
          className="realname__input"
          type="idcard"
          value={draft.idNumber}
          placeholder="18位身份证号"
          maxlength={22}
          onInput={(e) => onIdInput(e.detail.value)}
          onBlur={() => onBlur('idNumber')}
          data-testid="input-id"
        />
        {errors.idNumber && (
          <Text className="realname__error" data-testid="error-idNumber">
            {errors.idNumber}
          </Text>
        )}
      </View>
      <View className="realname__field">
        <Text className="realname__label">手机号</Text>
        {hasPhoneNumberButton && !phoneCode && (
          <NativeButton
            className="realname__phone-button"
            openType="getPhoneNumber"
            onGetPhoneNumber={(e) => onPhoneNumber(e.detail)}
          >
            使用微信绑定的手机号
          </NativeButton>
        )}
        {phoneCode ? (
          <View className="realname__phone-granted">
            <Text>已获取微信绑定的手机号</Text>
            <Text className="realname__link" onClick={() => setPhoneCode(undefined)}>
              改为手动输入
            </Text>
          </View>
        ) : (
          <Input
            className="realname__input"
            // Text, not a digits-only field: a pasted "+1 415…" or "138.1234.5678" must reach the
            // check and be explained, not be stripped into a different, valid-looking number.
            type="text"
            value={draft.phone}
            placeholder={hasPhoneNumberButton ? '或手动输入11位手机号' : '11位手机号'}
            maxlength={24}
            onInput={(e) => onTextInput('phone', e.detail.value)}
            onBlur={() => onBlur('phone')}
            data-testid="input-phone"
          />
        )}
        {errors.phone && (
          <Text className="realname__error" data-testid="error-phone">
            {errors.phone}
          </Text>
        )}
      </View>
      {banner && (
        <View className="notice notice--warn" role="alert" data-testid="realname-banner">
          <Text>{banner}</Text>
          {pendingFace.current && (
            <Text data-testid="face-kept">
              {'\n'}人脸核身已通过，再点「开始认证」即可完成，无需再次刷脸。
            </Text>
          )}
          {nextStep && (
            <Text data-testid="realname-next">
              {'\n'}怎么办：{nextStep}
            </Text>
          )}
          {bannerCode && <RefusalHelp code={bannerCode} next="offline" />}
        </View>
      )}
      <Button type="primary" block loading={busy} disabled={busy} onClick={() => void submit()}>
        开始认证（{faceVerifier.label}）
      </Button>
    </View>
  )
}
