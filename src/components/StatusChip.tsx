import { Text } from '@tarojs/components'
import './StatusChip.scss'

export type ChipTone = 'ok' | 'warn' | 'bad' | 'muted' | 'info'

/** A status always carries its word; colour only reinforces it. */
export function StatusChip({ tone, text }: { tone: ChipTone; text: string }) {
  return <Text className={`status-chip status-chip--${tone}`}>{text}</Text>
}
