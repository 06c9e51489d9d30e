import { useEffect, type ReactNode } from 'react'
import { Button as NativeButton, View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../../components/ui'
import { AGREE_BUTTON_OPEN_TYPE, openPrivacyContract } from '../../../services/platform/privacy'
import { PRIVACY_AGREE_BUTTON_ID } from '../../../services/platform/privacyPort'
import { usePrivacy, type ConsentPurpose } from '../../../data/privacy/store'
import './PrivacyGate.scss'

/** What is collected and why, named before the holder agrees. */
const COLLECTED = [
  ['证件照', '您从相册选择或拍摄的照片，检查、裁剪后作为蓝底证件照上传，企业办理信息变更时使用。'],
  ['手机号', '实名认证时由微信提供或由您填写，用于办理进度的联系。'],
  ['人脸信息', '实名认证时由微信人脸核身核验是否本人操作；小程序只接收核验结果，不保存人脸图像。'],
] as const

const CANNOT: Record<ConsentPurpose, string> = {
  photo: '不能选择或拍摄证件照，也就不能上传蓝底证件照。',
  realname: '不能获取微信手机号，也不能进行人脸核身，实名认证无法完成。',
  other: '不能使用复制链接、选择照片、获取手机号和人脸核身等功能。',
}

async function showContract() {
  try {
    await openPrivacyContract()
  } catch {
    await Taro.showToast({ title: '暂时打不开隐私保护指引，请稍后再试', icon: 'none' })
  }
}

/** The consent sheet: what is collected and why, the 指引, 同意 and 不同意. */
function PrivacySheet({ purpose }: { purpose: ConsentPurpose }) {
  const { agree, decline } = usePrivacy.getState()
  return (
    <View className="privacy-sheet" data-testid="privacy-sheet" role="dialog" aria-modal>
      <View className="privacy-sheet__panel">
        <Text className="privacy-sheet__title">用户隐私保护提示</Text>
        <Text className="privacy-sheet__text">
          {purpose === 'photo'
            ? '上传证件照前，请阅读并同意《用户隐私保护指引》。'
            : purpose === 'realname'
              ? '实名认证前，请阅读并同意《用户隐私保护指引》。'
              : '继续前，请阅读并同意《用户隐私保护指引》。'}
          本小程序会收集：
        </Text>
        {COLLECTED.map(([what, why]) => (
          <View key={what} className="privacy-sheet__item">
            <Text className="privacy-sheet__what">{what}</Text>
            <Text className="privacy-sheet__why">{why}</Text>
          </View>
        ))}
        <Text
          className="privacy-sheet__link"
          data-testid="privacy-contract"
          onClick={() => void showContract()}
        >
          查看《用户隐私保护指引》
        </Text>
        <NativeButton
          id={PRIVACY_AGREE_BUTTON_ID}
          className="privacy-sheet__agree"
          openType={AGREE_BUTTON_OPEN_TYPE}
          data-testid="privacy-agree"
          // WeChat records the consent on this button's own event; the browser build on a tap.
          onAgreePrivacyAuthorization={agree}
          onClick={AGREE_BUTTON_OPEN_TYPE ? undefined : agree}
        >
          同意并继续
        </NativeButton>
        <Button block data-testid="privacy-decline" onClick={decline}>
          不同意
        </Button>
      </View>
    </View>
  )
}

interface Props {
  /** Ask before the page is used (实名认证, 证件照); without it, only when WeChat asks. */
  purpose?: ConsentPurpose
  children: ReactNode
}

/**
 * Pages with a privacy API sit inside: the sheet over the page while asking, and when the holder
 * declines, what cannot be done without consent, with a way to read and agree again.
 */
export function PrivacyGate({ purpose, children }: Props) {
  const status = usePrivacy((s) => s.status)
  const asked = usePrivacy((s) => s.purpose)
  useEffect(() => {
    if (purpose) void usePrivacy.getState().ensureConsent(purpose)
  }, [purpose])
  if (purpose && status === 'declined') {
    return (
      <View className="section" data-testid="privacy-declined" role="alert">
        <Text className="section__title">未同意《用户隐私保护指引》</Text>
        <Text className="section__note">没有您的同意，{CANNOT[purpose]}</Text>
        <Text className="section__note">查看证书、办事进度和常见问题不受影响。</Text>
        <Button type="primary" block onClick={() => void usePrivacy.getState().ensureConsent(purpose)}>
          重新查看并同意
        </Button>
      </View>
    )
  }
  // A page that asks first shows its controls only once consent is settled; elsewhere the sheet
  // comes over a page already in use, which stays as it is underneath.
  const settled = !purpose || status === 'agreed'
  return (
    <>
      {settled && children}
      {status === 'asking' && <PrivacySheet purpose={purpose ?? asked} />}
    </>
  )
}
