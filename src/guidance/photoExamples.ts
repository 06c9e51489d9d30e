/**
 * Drawn examples of good and bad ID photos for the 证件照 answer, and the order in which the photo
 * problems are explained. Built from the photo rules' own messages and tips.
 */
import { PHOTO_PROBLEMS, type PhotoProblemCode } from '../domain/photo'

/** A drawn example of an ID photo: a background colour and a head-and-shoulders silhouette. */
export interface PhotoExample {
  id: string
  ok: boolean
  background: string
  /** centre: head and shoulders in the middle; none: an empty background. */
  subject: 'centre' | 'none'
  shade?: 'dark' | 'bright'
  landscape?: boolean
  caption: string
  tip: string
}

const problem = (code: PhotoProblemCode, extra = '') => ({
  caption: `不合格：${PHOTO_PROBLEMS[code].message}${extra}`,
  tip: PHOTO_PROBLEMS[code].tip,
})

export const PHOTO_EXAMPLES: readonly PhotoExample[] = [
  {
    id: 'good',
    ok: true,
    background: '#438EDB',
    subject: 'centre',
    caption: '合格：蓝色背景，本人正面，头肩在中间',
    tip: '竖着拍，光线均匀，面部清晰',
  },
  {
    id: 'white',
    ok: false,
    background: '#ffffff',
    subject: 'centre',
    ...problem('BACKGROUND_NOT_BLUE', '（白底）'),
  },
  {
    id: 'red',
    ok: false,
    background: '#d9342b',
    subject: 'centre',
    ...problem('BACKGROUND_NOT_BLUE', '（红底）'),
  },
  { id: 'dark', ok: false, background: '#438EDB', subject: 'centre', shade: 'dark', ...problem('TOO_DARK') },
  {
    id: 'landscape',
    ok: false,
    background: '#438EDB',
    subject: 'centre',
    landscape: true,
    ...problem('WRONG_ORIENTATION'),
  },
  { id: 'empty', ok: false, background: '#438EDB', subject: 'none', ...problem('NO_SUBJECT') },
]

/** The photo problems in the order the 常见问题 answer explains them. */
export const PHOTO_PROBLEM_ORDER: readonly PhotoProblemCode[] = [
  'BACKGROUND_NOT_BLUE',
  'NO_SUBJECT',
  'TOO_DARK',
  'TOO_BRIGHT',
  'WRONG_ORIENTATION',
  'RATIO_UNFIXABLE',
  'SOURCE_TOO_SMALL',
  'FILE_TOO_LARGE',
  'UNREADABLE',
  'CANNOT_COMPRESS',
]
