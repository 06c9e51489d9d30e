/** QR-code scene tokens -> destinations in the app. */
import type { HandlerMap } from '../context'
import { notFound } from '../errors'

export const sceneHandlers: HandlerMap = {
  resolveScene(ctx) {
    const { scenes } = ctx.services.store.state
    const destination = Object.prototype.hasOwnProperty.call(scenes, ctx.params.token)
      ? scenes[ctx.params.token]
      : undefined
    if (!destination) throw notFound('二维码已失效或无法识别')
    return { data: { destination } }
  },
}
