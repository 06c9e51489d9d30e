/** The domain vocabulary as the backend uses it, plus the few shapes only the contract defines. */
import type { HolderProfile, LaunchDestination } from '../src/domain'

export type {
  Actor,
  Application,
  ApplicationStatus,
  ApplicationType,
  AssessmentKind,
  AssessmentResult,
  Certificate,
  CertificateCategory,
  CertificateChange,
  CertificateChangeItem,
  CertificateRecordStatus,
  ClientConfig,
  ConstructorRegistration,
  ContactPoint,
  Employer,
  Employment,
  HolderApplicationType,
  HolderProfile,
  InfoChangeRequest,
  Learning,
  ReminderKind,
  StudyInfo,
  StudyPeriod,
} from '../src/domain'

export type HolderPhoto = HolderProfile['photo']

/** A QR-code destination the backend hands out: a scene never resolves to another scene. */
export type LaunchTarget = Exclude<LaunchDestination, { kind: 'sceneToken' }>
