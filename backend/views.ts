/** From the backend's records to the contract's shapes: only masked ID numbers ever leave. */
import { HOME_PROVINCE, maskIdNumber } from '../src/domain'
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

export function profileView(user: UserRecord, store: Store): HolderProfile {
  const rn = user.realName
  const person = rn ? store.person(rn.idNumber) : undefined
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
    constructorRegistrations: person ? person.constructorRegistrations.map((r) => ({ ...r })) : [],
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
