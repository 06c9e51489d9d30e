import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '../../components/ui'
import { anyPageGuidanceFor } from '../refusals/anyPage'
import { GuidanceHelp } from './HelpLink'
import type { ApiError } from '../../services/errors'
import type { LoadStatus } from '../../services/resource'
import './LoadState.scss'

export interface StateProps {
  status: LoadStatus
  error: ApiError | null
  /** Shown when loaded and there is nothing to show. */
  empty?: ReactNode
  isEmpty?: boolean
  onRetry(): void
  loadingText?: string
  /** A detail page whose record does not exist (or has no id): what to do instead. */
  notFound?: string | false
  children?: ReactNode
}

/** A failed read: the tab pages carry only this part of the refusal table (refusals/anyPage.ts). */
function ReadFailureHelp({ code }: { code: string }) {
  const guidance = anyPageGuidanceFor(code)
  return <GuidanceHelp code={code} guidance={guidance} faq={guidance.faq} next="all" />
}

/**
 * Loading, error, empty or content. When a refresh fails but earlier data exists, the data stays
 * and the error shows above it, so a weak network never blanks the screen. The error's help comes
 * from `help`; by default the read failures' guidance, which is all the tab pages need and carry.
 */
export function LoadState({
  status,
  error,
  empty,
  isEmpty,
  onRetry,
  loadingText,
  notFound,
  help = (code) => <ReadFailureHelp code={code} />,
  children,
}: StateProps & { help?(code: string): ReactNode }) {
  if (notFound) {
    return (
      <View className="section" role="alert">
        <Text className="section__note">{notFound}</Text>
      </View>
    )
  }
  const hasContent = !isEmpty
  const neverLoaded = status === 'idle' || (status === 'loading' && isEmpty)
  return (
    <View className="page-state">
      {status === 'error' && error && (
        <View className="page-state__error" role="alert">
          <View className="page-state__body">
            <Text className="page-state__message">{error.message}</Text>
            {help(error.code)}
          </View>
          <Button type="primary" size="small" onClick={onRetry}>
            重试
          </Button>
        </View>
      )}
      {neverLoaded && <Text className="page-state__loading">{loadingText ?? '正在加载…'}</Text>}
      {status === 'ready' && isEmpty && empty}
      {hasContent && children}
    </View>
  )
}
