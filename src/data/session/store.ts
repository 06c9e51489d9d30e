import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistStorage } from '../../services/storage'
import { onReconnect } from '../network/store'
import { configureAuth } from '../../services/http'
import { ApiError, toApiError } from '../../services/errors'
import { getLoginCode } from '../../services/platform/login'
import { createSession, deleteSession } from './api'

export type SessionStatus = 'idle' | 'signingIn' | 'signedIn' | 'failed' | 'signedOut'

interface SessionState {
  status: SessionStatus
  token: string | null
  expiresAt: string | null
  error: ApiError | null
  /** The holder chose 退出登录: stay signed out across launches until they sign in again. */
  signedOut: boolean
  /** Called once at launch: reuse a stored token or sign in. */
  hydrate(): Promise<void>
  signIn(): Promise<string>
  signOut(): void
}

const SIGN_IN_ATTEMPTS = 3
let inflight: Promise<string> | null = null

async function exchangeCode(): Promise<{ token: string; expiresAt: string }> {
  let lastError: ApiError | null = null
  for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS; attempt++) {
    try {
      // A WeChat login code is single-use, so every attempt asks for a fresh one.
      const code = await getLoginCode()
      return await createSession(code)
    } catch (err) {
      lastError = toApiError(err)
      // A timeout has already made the holder wait: show the message and 「重新登录」 at once.
      if (!lastError.retryable || lastError.code === 'TIMEOUT') break
      await new Promise((resolve) => setTimeout(resolve, 300 * 2 ** attempt))
    }
  }
  throw lastError ?? new ApiError('NETWORK', '登录失败，请重试')
}

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      status: 'idle',
      token: null,
      expiresAt: null,
      error: null,
      signedOut: false,

      async hydrate() {
        const { token, expiresAt, signedOut } = get()
        if (signedOut) {
          set({ status: 'signedOut' })
          return
        }
        if (token && expiresAt && Date.parse(expiresAt) > Date.now() + 60_000) {
          set({ status: 'signedIn', error: null })
          return
        }
        await get()
          .signIn()
          .catch(() => undefined)
      },

      signIn() {
        // One sign-in at a time: every caller waiting on a token shares it.
        if (!inflight) {
          // A silent renewal (the token expired while a page was open) keeps the page on screen:
          // the gate would otherwise replace it and lose what it was doing.
          if (get().status !== 'signedIn') set({ status: 'signingIn', error: null })
          inflight = exchangeCode()
            .then(({ token, expiresAt }) => {
              set({ status: 'signedIn', token, expiresAt, error: null, signedOut: false })
              return token
            })
            .catch((err) => {
              set({ status: 'failed', token: null, expiresAt: null, error: toApiError(err) })
              throw err
            })
            .finally(() => {
              inflight = null
            })
        }
        return inflight
      },

      signOut() {
        const { token } = get()
        // The server ends the token too; the app does not wait for it (nor for a weak network).
        if (token) deleteSession(token).catch(() => undefined)
        set({
          status: 'signedOut',
          token: null,
          expiresAt: null,
          error: null,
          signedOut: true,
        })
      },
    }),
    {
      name: 'anguan.session',
      version: 1,
      storage: persistStorage,
      partialize: (s) => ({
        token: s.token,
        expiresAt: s.expiresAt,
        signedOut: s.signedOut,
      }),
    },
  ),
)

configureAuth({
  getToken: () => useSession.getState().token,
  renewToken(staleToken) {
    const current = useSession.getState().token
    // Another request already renewed the token: use it instead of signing in again.
    if (current && current !== staleToken) return Promise.resolve(current)
    return useSession.getState().signIn()
  },
})

// A sign-in that failed for want of a network is tried again when the network returns.
onReconnect(() => {
  if (useSession.getState().status === 'failed')
    return useSession
      .getState()
      .signIn()
      .catch(() => undefined)
})
