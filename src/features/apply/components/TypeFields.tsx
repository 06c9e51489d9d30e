import { useState } from 'react'
import { Text } from '@tarojs/components'
import { containsIdNumber } from '../../../domain/redact'
import type { HolderApplicationType } from '../../../domain/types'
import type { Certificate } from '../../../data/certificates/api'
import type { Employment } from '../../../data/employment/api'
import type { DraftFields } from '../../../data/apply/drafts'
import { CancellationFields } from './fields/CancellationFields'
import { ChangeEmployerFields } from './fields/ChangeEmployerFields'
import { RenewalFields } from './fields/RenewalFields'
import { TransferInFields } from './fields/TransferInFields'
import { TransferOutFields } from './fields/TransferOutFields'

interface Props {
  type: HolderApplicationType
  fields: DraftFields
  errors: Record<string, string>
  /** Fields a reviewer asked to correct (修改后重新提交): marked until the holder edits them. */
  flagged?: readonly string[]
  employment: Employment | null
  /** The chosen certificate: transfer out and cancellation name its enterprise, which files them. */
  certificate?: Certificate
  today: string
  onChange(patch: DraftFields): void
}

/** The fields of one form type, each with its own message under it. */
export function TypeFields({
  type,
  fields,
  errors,
  flagged,
  employment,
  certificate,
  today,
  onChange,
}: Props) {
  const [privacyNote, setPrivacyNote] = useState(false)
  const typed = (name: string, value: string) => {
    if (containsIdNumber(value)) setPrivacyNote(true)
    onChange({ [name]: value })
  }
  const note = privacyNote && (
    <Text className="notice notice--info" data-testid="privacy-note">
      这里不需要填写身份证号。为保护您的信息，身份证号已自动隐去中间部分。
    </Text>
  )

  const common = { fields, errors, flagged, onChange }

  switch (type) {
    case 'RENEWAL':
      return <RenewalFields {...common} />
    case 'TRANSFER_IN':
      return <TransferInFields {...common} employment={employment} today={today} typed={typed} note={note} />
    case 'TRANSFER_OUT':
      return <TransferOutFields {...common} certificate={certificate} />
    case 'CHANGE_EMPLOYER':
      return <ChangeEmployerFields errors={errors} flagged={flagged} employment={employment} />
    case 'CANCELLATION':
      return <CancellationFields {...common} certificate={certificate} typed={typed} note={note} />
  }
}
