import { request } from '../../services/http'
import type { Schemas } from '../../services/api'
import type { Application } from '../../domain/types'

export type { Application }
export type CreateApplicationRequest = Schemas['CreateApplicationRequest']
export type EligibilityRequest = Schemas['EligibilityRequest']
export type ServerVerdict = Schemas['EligibilityVerdict']

/** Submits a form. The key makes every retry of the same submission return the same application. */
export const createApplication = (body: CreateApplicationRequest, idempotencyKey: string) =>
  request<Application>('/v1/applications', { method: 'POST', body, idempotencyKey })

export type ResubmitRequest = Schemas['ResubmitRequest']

/** 修改后重新提交: the same application goes back to the step that sent it back; the key makes retries safe. */
export const resubmitApplication = (id: string, body: ResubmitRequest, idempotencyKey: string) =>
  request<Application>(`/v1/applications/${encodeURIComponent(id)}/resubmit`, {
    method: 'POST',
    body,
    idempotencyKey,
  })

/** The backend's verdict (R1-R10), including what only it can see: the national platform for R7. */
export const fetchEligibility = (body: EligibilityRequest) =>
  request<ServerVerdict>('/v1/eligibility', { method: 'POST', body })
