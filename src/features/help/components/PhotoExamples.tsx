import { View, Text } from '@tarojs/components'
import { PHOTO_EXAMPLES } from '../../../guidance/photoExamples'
import './PhotoExamples.scss'

/** Drawn examples of good and bad ID photos: each says 合格 or 不合格 in words, not by colour alone. */
export function PhotoExamples() {
  return (
    <View className="photo-examples" data-testid="photo-examples">
      {PHOTO_EXAMPLES.map((x) => (
        <View
          key={x.id}
          className={`photo-example photo-example--${x.ok ? 'ok' : 'bad'}`}
          data-testid={`photo-example-${x.id}`}
        >
          <View
            className={`photo-example__frame${x.landscape ? ' photo-example__frame--landscape' : ''}`}
            style={{ backgroundColor: x.background }}
            aria-hidden
          >
            {x.subject === 'centre' && (
              <>
                <View className="photo-example__head" />
                <View className="photo-example__shoulders" />
              </>
            )}
            {x.shade && <View className={`photo-example__shade photo-example__shade--${x.shade}`} />}
            <Text className="photo-example__mark">{x.ok ? '✓' : '✗'}</Text>
          </View>
          <Text className="photo-example__caption">{x.caption}</Text>
          <Text className="photo-example__tip">{x.tip}</Text>
        </View>
      ))}
    </View>
  )
}
