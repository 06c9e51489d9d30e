import { View, Text } from '@tarojs/components'
import { Button } from '../../../components/ui'
import type { ApplyFlowForm } from '../useApplyFlow'
import { ApplyBanner } from './ApplyBanner'
import { CertificatePicker } from './CertificatePicker'
import { TypeFields } from './TypeFields'
import { VerdictPanel } from './VerdictPanel'

/** 填写: the certificate, the type's fields and the rules' verdict, then 下一步. */
export function EditStep({ flow }: { flow: ApplyFlowForm }) {
  const { certificates, context } = flow
  return (
    <>
      {flow.needsCertificate && (
        <>
          {flow.linkedMissing && (
            <Text className="notice notice--warn">没有在您的证书中找到要办理的证书，请在下面重新选择。</Text>
          )}
          {certificates.status === 'error' && certificates.error && (
            <View className="notice notice--warn">
              <Text>{certificates.error.message}</Text>
              <Button size="small" onClick={flow.retryCertificates}>
                重试
              </Button>
            </View>
          )}
          <CertificatePicker
            options={flow.options}
            selectedId={flow.draft.certificateId}
            today={context.today}
            renewalWindowMonths={context.config.renewalWindowMonths}
            loading={certificates.status === 'loading' || certificates.status === 'idle'}
            verified={context.profile.realName.status === 'VERIFIED'}
            error={flow.errors.certificateId}
            onSelect={flow.select}
            onFixed={flow.onFixed}
          />
        </>
      )}
      <TypeFields
        type={flow.type}
        fields={flow.draft.fields}
        errors={flow.errors}
        flagged={flow.flagged}
        employment={flow.employment}
        certificate={flow.selected?.certificate}
        today={context.today}
        onChange={flow.change}
      />
      <VerdictPanel
        verdict={flow.verdict}
        fromServer={flow.fromServer}
        pendingText={flow.pendingText}
        blockedText={flow.blockedText}
        onFixed={flow.onFixed}
      />
      <ApplyBanner banner={flow.banner} />
      <View className="apply__actions">
        <Button
          type="primary"
          block
          loading={flow.checking}
          disabled={flow.checking}
          data-testid="apply-next"
          onClick={flow.next}
        >
          下一步：核对信息
        </Button>
      </View>
    </>
  )
}
