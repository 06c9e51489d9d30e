import { View, Text } from '@tarojs/components'
import { DocumentButton } from '../../../components/DocumentButton'
import { Button } from '../../../components/ui'
import { ROUTES } from '../../../routes'
import { go } from '../../../services/navigation'
import type { Certificate } from '../../../data/certificates/api'
import { downloadCertificateDocument } from '../../../data/certificates/documents'
import type { CertificateView } from '../../../components/certificateStatus'

/**
 * 电子证书 on 证书详情: 出示证书 for on-site checks (any status: an expired certificate is shown as
 * expired, never hidden), and the PDF for a certificate that is in force.
 */
export function CertificateDocument({
  certificate: c,
  view,
}: {
  certificate: Certificate
  view: CertificateView
}) {
  const inForce = view.status === 'VALID' || view.status === 'EXPIRING'
  return (
    <View className="section" data-testid="certificate-document">
      <Text className="section__title">电子证书</Text>
      <Button
        type={inForce ? 'primary' : 'default'}
        block
        data-testid="show-certificate-open"
        onClick={() => void go(ROUTES.showCertificate(c.id))}
      >
        出示证书（现场检查）
      </Button>
      <Text className="section__note">全屏显示证书和验真二维码，屏幕自动调亮，检查人员扫码即可核验。</Text>
      {inForce ? (
        <View className="certificate-document__pdf">
          <DocumentButton
            testId="certificate-pdf"
            label="查看电子证书（PDF）"
            busyLabel="正在下载电子证书"
            fileName={`电子证书-${c.number}.pdf`}
            download={(onProgress) => downloadCertificateDocument(c.id, onProgress)}
          />
          <Text className="section__note">
            PDF 含验真二维码，身份证号已打码，可保存或转发给企业；证书延期或信息变更后，重新打开即为最新内容。
          </Text>
        </View>
      ) : (
        <Text className="section__note" data-testid="certificate-pdf-unavailable">
          {view.label}的证书不提供电子证书（PDF），出示时会醒目显示「{view.label}」。
        </Text>
      )}
    </View>
  )
}
