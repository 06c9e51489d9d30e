/** From the backend's records to the contract's shapes: only masked ID numbers ever leave. */
import { constructorStatusOn, HOME_PROVINCE, maskIdNumber, validateIdNumber } from '../src/domain'
import { maskPhone } from '../src/domain/person'
import type { Application, Certificate, HolderPhoto, HolderProfile } from './model'
import type { ApplicationRecord, CertificateRecord, Store, UserRecord } from './store'

export function photoUrl(photoId: string): string {
  return `/v1/photos/${photoId}.jpg`
}

export function photoView(user: UserRecord): HolderPhoto {
  return user.photo
    ? { status: 'ACCEPTED', url: photoUrl(user.photo.photoId), uploadedAt: user.photo.uploadedAt }
    : { status: 'NONE' }
}

/** 建造师注册 as the register reports them today: a registration is void past 65 (seed 003, FAQ 8). */
function registrationsOf(
  idNumber: string,
  store: Store,
  today: string,
): HolderProfile['constructorRegistrations'] {
  const person = store.person(idNumber)
  const id = validateIdNumber(idNumber, today)
  return (person?.constructorRegistrations ?? []).map((r) => {
    const status = id.ok ? constructorStatusOn(r, id.birthDate, today) : (r.status ?? 'VALID')
    const { status: _recorded, ...rest } = r
    return status === 'VALID' ? { ...rest } : { ...rest, status }
  })
}

export function profileView(user: UserRecord, store: Store, today: string): HolderProfile {
  const rn = user.realName
  return {
    realName: rn
      ? {
          status: 'VERIFIED',
          name: rn.name,
          idNumberMasked: maskIdNumber(rn.idNumber),
          verifiedAt: rn.verifiedAt,
        }
      : { status: 'NONE' },
    photo: photoView(user),
    ...(rn ? { phoneMasked: maskPhone(rn.phone) } : {}),
    constructorRegistrations: rn ? registrationsOf(rn.idNumber, store, today) : [],
  }
}

export function certificateView(record: CertificateRecord, store: Store): Certificate {
  const person = store.person(record.idNumber)
  const view: Certificate = {
    id: record.id,
    number: record.number,
    category: record.category,
    holderName: person?.name ?? '',
    idNumberMasked: maskIdNumber(record.idNumber),
    employer: { ...record.employer },
    issuedOn: record.issuedOn,
    validUntil: record.validUntil,
    recordStatus: record.recordStatus,
    province: record.province,
  }
  if (record.position) view.position = record.position
  if (record.photoId) view.photoUrl = photoUrl(record.photoId)
  if (record.changes?.length)
    view.changes = record.changes.map((c) => ({ ...c, items: c.items.map((i) => ({ ...i })) }))
  return view
}

/** The holder's Anhui certificates, once linked to the app (R1: none without 实名认证). */
export function visibleCertificates(user: UserRecord, store: Store): CertificateRecord[] {
  if (!user.realName || !user.certificatesLinked) return []
  const id = user.realName.idNumber
  return store.state.certificates
    .filter((c) => c.idNumber === id && c.province === HOME_PROVINCE)
    .sort((a, b) => (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : 0))
}

export function applicationView(record: ApplicationRecord): Application {
  // A deep copy without the owner's ID number, which stays on the server.
  const copy = JSON.parse(JSON.stringify(record)) as Partial<ApplicationRecord>
  delete copy.idNumber
  return copy as Application
}

export function applicationsOf(user: UserRecord, store: Store): ApplicationRecord[] {
  if (!user.realName) return []
  const id = user.realName.idNumber
  return store.state.applications
    .filter((a) => a.idNumber === id)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
}
