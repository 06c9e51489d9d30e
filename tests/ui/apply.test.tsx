/**
 * The application forms and their entry points in the real Taro H5 runtime, against the reference
 * backend (run as its own process): verdict before submit, summary, one application however often
 * the holder taps, the backend's refusal shown with its fix while the draft stays.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import React from 'react'
import ReactDOM from 'react-dom'
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, configure } from '@testing-library/react'
import { connectReactPage, createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import { ApplyEntries } from '@/features/apply/components/ApplyEntries'
import { ApplyForm } from '@/features/apply/components/ApplyForm'
import { fetchCertificate } from '@/data/certificates/api'
import { CertificateDetail } from '@/features/certificates/components/CertificateDetail'
import { loadEligibilityContext } from '@/data/loaders/eligibilityContext'
import { useApplyDrafts } from '@/data/apply/drafts'
import { useSession } from '@/data/session/store'
import { useEmployment } from '@/data/employment/store'
import { configureHttp } from '@/services/http'
import type { HolderApplicationType } from '@/domain/types'

jest.setTimeout(60_000)
// The form talks to a real backend process: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 })
createReactApp(() => null, React, ReactDOM, {})

const PORT = 20_000 + Math.floor(Math.random() * 20_000)
const BASE = `http://127.0.0.1:${PORT}`
let backend: ChildProcess

interface Raw {
  statusCode: number
  data: string
  header: Record<string, string>
}

function send(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let data = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (data += chunk))
      res.on('end', () =>
        resolve({ statusCode: res.statusCode ?? 0, data, header: res.headers as Record<string, string> }),
      )
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const OPERATOR_TOKEN = `ui-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`

async function operator(method: string, path: string, body?: unknown) {
  const res = await send(
    method,
    `${BASE}/__operator${path}`,
    {
      'X-Operator-Token': OPERATOR_TOKEN,
      ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }),
    },
    body === undefined ? undefined : JSON.stringify(body),
  )
  if (res.statusCode >= 300) throw new Error(`operator ${method} ${path}: ${res.statusCode} ${res.data}`)
  return JSON.parse(res.data).data
}

beforeAll(async () => {
  backend = spawn('node_modules/.bin/tsx', ['backend/main.ts', '--demo', '--port', String(PORT)], {
    stdio: 'ignore',
    env: { ...process.env, LOG_LEVEL: 'warn', OPERATOR_TOKEN },
  })
  for (let i = 0; i < 300; i++) {
    const up = await send('GET', `${BASE}/v1/config`).then(
      (r) => r.statusCode === 200,
      () => false,
    )
    if (up) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the reference backend did not start')
})

afterAll(() => {
  backend?.kill('SIGTERM')
})

const taro = Taro as unknown as Record<string, unknown>
const storage = new Map<string, string>()
const requests: { method: string; url: string; key?: string }[] = []

beforeEach(async () => {
  await operator('POST', '/reset')
  requests.length = 0
  storage.clear()
  Object.assign(taro, {
    request: jest.fn((o: { url: string; method: string; header: Record<string, string>; data?: string }) => {
      requests.push({ method: o.method, url: o.url, key: o.header['Idempotency-Key'] })
      return send(o.method, o.url, o.header, o.data)
    }),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: string) => storage.set(k, v),
    removeStorageSync: (k: string) => storage.delete(k),
    showToast: jest.fn(async () => undefined),
    navigateTo: jest.fn(async () => undefined),
  })
  configureHttp({ baseUrl: BASE, backoffBaseMs: 1, backoffMaxMs: 2 })
})

/** The mismatched holder's recorded 聘用关系 is stale until refreshed (as 「刷新聘用关系」 does). */
const useEmploymentRefresh = () => useEmployment.getState().refresh()

async function signIn(holder: string): Promise<string> {
  const res = await send(
    'POST',
    `${BASE}/v1/sessions`,
    { 'Content-Type': 'application/json' },
    JSON.stringify({ code: `demo:${holder}` }),
  )
  return JSON.parse(res.data).data.token
}

async function signInAs(holder: string) {
  const token = await signIn(holder)
  useSession.setState({ status: 'signedIn', token, expiresAt: '2099-01-01T00:00:00Z', error: null })
}

async function openForm(holder: string, type: HolderApplicationType, certificateId?: string) {
  await signInAs(holder)
  const onSubmitted = jest.fn()
  const Page = connectReactPage(
    React,
    `apply-${holder}-${Math.random()}`,
  )(() => <ApplyForm type={type} certificateId={certificateId} onSubmitted={onSubmitted} />)
  const view = render(<Page />)
  await screen.findByTestId('apply-form', undefined, { timeout: 15_000 })
  return { ...view, onSubmitted }
}

const tap = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId))
  })
}

async function typeReason(value: string) {
  // Taro's H5 form fields render their native element a moment after the host element.
  const textarea = await waitFor(() => {
    const found = screen.getByTestId('field-reason').querySelector('textarea')
    if (!found) throw new Error('no textarea')
    return found
  })
  await act(async () => {
    fireEvent.input(textarea, { target: { value } })
  })
}

const holderApplications = async (holder: string) =>
  ((await operator('GET', '/applications')) as { holder?: string; application: { type: string } }[]).filter(
    (a) => a.holder === holder,
  )

describe('延期复核 form', () => {
  it('shows the verdict, then a summary, and a double tap creates one application', async () => {
    const { onSubmitted } = await openForm('renewal-ready', 'RENEWAL', 'cert-renewal-ready-c2')
    expect(screen.getByTestId('cert-option-cert-renewal-ready-c2').getAttribute('data-selected')).toBe('true')
    expect(screen.getByTestId('apply-verdict').getAttribute('data-allowed')).toBe('true')

    await tap('apply-next')
    expect(await screen.findByTestId('field-error-noAccidentPenalty')).toBeTruthy()
    expect(screen.queryByTestId('apply-summary')).toBeNull()

    await tap('decl-noAccidentPenalty')
    await tap('decl-noBadConductRecord')
    expect(screen.queryByTestId('field-error-noAccidentPenalty')).toBeNull()
    await tap('apply-next')
    await screen.findByTestId('apply-summary', {}, { timeout: 5000 })
    expect(screen.getByTestId('apply-summary').textContent).toContain('办结后有效期至')

    await act(async () => {
      fireEvent.click(screen.getByTestId('apply-submit'))
      fireEvent.click(screen.getByTestId('apply-submit'))
    })
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1))
    expect(onSubmitted.mock.calls[0][0]).toMatchObject({
      type: 'RENEWAL',
      certificateId: 'cert-renewal-ready-c2',
    })
    const posts = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/applications'))
    expect(posts).toHaveLength(1)
    expect(await holderApplications('renewal-ready')).toHaveLength(1)
    expect(Object.keys(useApplyDrafts.getState().drafts)).toHaveLength(0)
  })

  it('refuses a second application while one is open, with a link to it (R2)', async () => {
    await openForm('open-app', 'RENEWAL', 'cert-open-app-c1')
    const verdict = screen.getByTestId('apply-verdict')
    expect(verdict.getAttribute('data-allowed')).toBe('false')
    expect(verdict.textContent).toContain('您尚有未办结的申请事项')
    await tap('fix-openApplication')
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/work/detail/index?id=app-open-renewal' })
  })

  it("shows the backend's refusal with its fix and keeps what was typed", async () => {
    const { onSubmitted } = await openForm('renewal-ready', 'RENEWAL', 'cert-renewal-ready-c2')
    await tap('decl-noAccidentPenalty')
    await tap('decl-noBadConductRecord')
    await tap('apply-next')
    await screen.findByTestId('apply-summary', {}, { timeout: 5000 })
    // The enterprise starts an information change meanwhile: the backend now refuses (R2).
    await operator('POST', '/info-change', {
      holder: 'renewal-ready',
      certificateId: 'cert-renewal-ready-c2',
      photo: true,
    })
    await tap('apply-submit')
    await screen.findByTestId('apply-banner')
    expect(screen.getByTestId('apply-verdict').textContent).toContain('未办结')
    expect(screen.getByTestId('fix-openApplication')).toBeTruthy()
    expect(onSubmitted).not.toHaveBeenCalled()
    await tap('apply-back')
    expect(screen.getByTestId('decl-noAccidentPenalty').getAttribute('data-checked')).toBe('true')
    expect(Object.values(useApplyDrafts.getState().drafts)[0].fields).toEqual({
      noAccidentPenalty: true,
      noBadConductRecord: true,
    })
  })
})

describe('证书注销 form', () => {
  it('masks an ID number typed into the reason and says why', async () => {
    await openForm('valid', 'CANCELLATION', 'cert-valid-c3')
    await typeReason('身份证340102197803150311已退休')
    expect(JSON.stringify(useApplyDrafts.getState().drafts)).not.toContain('340102197803150311')
    expect(Object.values(useApplyDrafts.getState().drafts)[0].fields.reason).toBe(
      '身份证340***********0311已退休',
    )
    expect(screen.getByTestId('privacy-note')).toBeTruthy()
    await waitFor(() =>
      expect(screen.getByTestId('field-reason').querySelector('textarea')?.value).toBe(
        '身份证340***********0311已退休',
      ),
    )
  })
})

describe('跨省转入 form', () => {
  const typeInto = async (testId: string, value: string) => {
    const input = await waitFor(() => {
      const found = screen.getByTestId(testId).querySelector('input')
      if (!found) throw new Error(`no input inside ${testId}`)
      return found
    })
    await act(async () => {
      fireEvent.input(input, { target: { value } })
    })
  }
  const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)

  it("takes the backend's word on the source certificate (R7), then submits the one released", async () => {
    const { onSubmitted } = await openForm('transfer-in', 'TRANSFER_IN')
    expect(screen.queryByTestId('cert-picker')).toBeNull()
    await typeInto('field-sourceNumber', '浙建安C3(2023)0045678')
    await act(async () => {
      screen
        .getByTestId('field-sourceNumber')
        .dispatchEvent(new CustomEvent('blur', { detail: {}, bubbles: true }))
    })
    const draft = () => Object.values(useApplyDrafts.getState().drafts)[0]
    expect(draft().fields).toMatchObject({
      sourceNumber: '浙建安C3（2023）0045678',
      sourceProvince: '浙',
      category: 'C3',
    })
    // The date comes from a picker; set it as the picker would.
    act(() =>
      useApplyDrafts
        .getState()
        .update(Object.keys(useApplyDrafts.getState().drafts)[0], { validUntil: nextYear }),
    )

    await tap('apply-next')
    await waitFor(() =>
      expect(screen.getByTestId('apply-verdict').getAttribute('data-allowed')).toBe('false'),
    )
    expect(screen.getByTestId('apply-verdict').textContent).toContain('尚未「办理转出」')
    expect(screen.getByTestId('fix-guide')).toBeTruthy()
    expect(screen.queryByTestId('apply-summary')).toBeNull()

    await typeInto('field-sourceNumber', '苏建安C2（2022）0034567')
    await waitFor(() => expect(draft().fields.sourceNumber).toBe('苏建安C2（2022）0034567'))
    act(() =>
      useApplyDrafts
        .getState()
        .update(Object.keys(useApplyDrafts.getState().drafts)[0], { sourceProvince: '苏', category: 'C2' }),
    )
    // R7: the typed 有效期至 is not the national record's; the platform's value is named under the field.
    await tap('apply-next')
    const mismatch = await screen.findByTestId('field-error-validUntil', {}, { timeout: 5000 })
    const recorded = /有效期至为(\d{4}-\d{2}-\d{2})/.exec(mismatch.textContent ?? '')?.[1]
    expect(recorded).toBeTruthy()
    expect(screen.queryByTestId('apply-summary')).toBeNull()
    act(() =>
      useApplyDrafts
        .getState()
        .update(Object.keys(useApplyDrafts.getState().drafts)[0], { validUntil: recorded as string }),
    )
    await tap('apply-next')
    await screen.findByTestId('apply-summary', {}, { timeout: 5000 })
    await tap('apply-submit')
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1))
    expect(onSubmitted.mock.calls[0][0]).toMatchObject({
      type: 'TRANSFER_IN',
      certificateNumber: '苏建安C2（2022）0034567',
    })
  })
})

describe('certificate picker and drafts', () => {
  it('greys out a certificate that cannot take the business, with the reason and its fix (R3)', async () => {
    await openForm('mismatch', 'RENEWAL')
    await act(async () => {
      await useEmploymentRefresh()
    })
    const option = screen.getByTestId('cert-option-cert-mismatch-a')
    expect(option.getAttribute('data-disabled')).toBe('true')
    expect(option.textContent).toContain('聘用企业与申报企业不一致')
    expect(option.querySelector('[data-testid="fix-refreshEmployment"]')).toBeTruthy()
  })

  it('asks for 实名认证 first (R1)', async () => {
    await openForm('new:ui-test', 'RENEWAL')
    const verdict = screen.getByTestId('apply-verdict')
    expect(verdict.getAttribute('data-allowed')).toBe('false')
    expect(verdict.querySelector('[data-rule="R1"]')).toBeTruthy()
    expect(screen.getByTestId('fix-realname')).toBeTruthy()
  })

  it('restores what was typed when the form opens again', async () => {
    const first = await openForm('valid', 'CANCELLATION', 'cert-valid-c3')
    await typeReason('已退休')
    first.unmount()
    await openForm('valid', 'CANCELLATION', 'cert-valid-c3')
    expect(screen.getByTestId('draft-restored')).toBeTruthy()
    expect(Object.values(useApplyDrafts.getState().drafts)[0].fields.reason).toBe('已退休')
  })
})

describe('entry points', () => {
  it('证书详情: 「去办理」 opens the form with the certificate preselected, only where allowed', async () => {
    await signInAs('renewal-ready')
    const [certificate, context] = await Promise.all([
      fetchCertificate('cert-renewal-ready-c2'),
      loadEligibilityContext(),
    ])
    render(<CertificateDetail certificate={certificate} context={context} />)
    await tap('apply-RENEWAL')
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/apply/form/index?type=RENEWAL&certificateId=cert-renewal-ready-c2',
    })
    // R8: the certificate already names the current employer, so no 证书变更; the reason has its fix.
    expect(screen.queryByTestId('apply-CHANGE_EMPLOYER')).toBeNull()
    expect(
      screen
        .getByTestId('eligibility-CHANGE_EMPLOYER')
        .querySelector('[data-testid="fix-refreshEmployment"]'),
    ).toBeTruthy()
  })

  it('首页: 「办理业务」 lists the five types and opens the form', async () => {
    render(<ApplyEntries />)
    for (const type of ['RENEWAL', 'TRANSFER_IN', 'TRANSFER_OUT', 'CHANGE_EMPLOYER', 'CANCELLATION']) {
      expect(screen.getByTestId(`apply-entry-${type}`)).toBeTruthy()
    }
    await tap('apply-entry-TRANSFER_IN')
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/apply/form/index?type=TRANSFER_IN' })
  })
})
