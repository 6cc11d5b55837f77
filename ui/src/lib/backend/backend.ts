//! The one interface every screen talks to. The app uses the Tauri implementation; Vitest
//! tests use the in-memory fake. Method names are the commands' names in camelCase.

import type { About } from '../generated/About'
import type { AccountStatus } from '../generated/AccountStatus'
import type { CreatedUser } from '../generated/CreatedUser'
import type { NewServerUser } from '../generated/NewServerUser'
import type { ServerReference } from '../generated/ServerReference'
import type { ServerUser } from '../generated/ServerUser'
import type { TemporaryPassword } from '../generated/TemporaryPassword'
import type { ApplicationCard } from '../generated/ApplicationCard'
import type { DemoProgress } from '../generated/DemoProgress'
import type { DocumentEntry } from '../generated/DocumentEntry'
import type { HistoryEntry } from '../generated/HistoryEntry'
import type { KeyDetails } from '../generated/KeyDetails'
import type { JournalPage } from '../generated/JournalPage'
import type { JournalQuery } from '../generated/JournalQuery'
import type { QueueExplanation } from '../generated/QueueExplanation'
import type { ReferenceData } from '../generated/ReferenceData'
import type { Remember } from '../generated/Remember'
import type { Settings } from '../generated/Settings'
import type { SigningKeyEntry } from '../generated/SigningKeyEntry'
import type { Startup } from '../generated/Startup'
import type { TrustedCertificateEntry } from '../generated/TrustedCertificateEntry'
import type { VerificationReport } from '../generated/VerificationReport'
import type { GroupChoice } from '../generated/GroupChoice'
import type { PlaceEntry } from '../generated/PlaceEntry'
import type { RejectedChange } from '../generated/RejectedChange'
import type { SyncDone } from '../generated/SyncDone'
import type { SyncStatus } from '../generated/SyncStatus'
import type { SyncStep } from '../generated/SyncStep'
import type { CommissionMember } from '../generated/CommissionMember'
import type { MemberInput } from '../generated/MemberInput'
import type { ProtocolView } from '../generated/ProtocolView'
import type { ReviewInput } from '../generated/ReviewInput'
import type { ReviewRow } from '../generated/ReviewRow'
import type { VoucherReview } from '../generated/VoucherReview'
import type { FeedbackEntry } from '../generated/FeedbackEntry'
import type { VoucherRegistry } from '../generated/VoucherRegistry'
import type { MealBenefit } from '../generated/MealBenefit'
import type { MealChild } from '../generated/MealChild'
import type { SaveMealBenefit } from '../generated/SaveMealBenefit'
import type { IntakeEntry } from '../generated/IntakeEntry'
import type { IntakeForm } from '../generated/IntakeForm'
import type { IntakeOutcome } from '../generated/IntakeOutcome'
import type { StreetEntry } from '../generated/StreetEntry'

export interface Backend {
  startup(): Promise<Startup>
  journalPage(query: JournalQuery): Promise<JournalPage>
  applicationCard(id: number): Promise<ApplicationCard>
  /** Newest first. */
  applicationHistory(id: number): Promise<HistoryEntry[]>
  applicationDocuments(id: number): Promise<DocumentEntry[]>
  /** Null when the application waits in no queue. */
  queueExplanation(id: number): Promise<QueueExplanation | null>
  referenceData(): Promise<ReferenceData>
  settings(): Promise<Settings>
  setLanguage(language: string): Promise<Settings>
  about(): Promise<About>
  /** Resolves when the load is committed; `onProgress` sees every step on the way. */
  loadDemo(applications: number, onProgress: (p: DemoProgress) => void): Promise<void>
  /** Sets or clears (null) the IIN/PIN of the person working here. */
  setPersonalNumber(personalNumber: string | null): Promise<Settings>

  // Keys and the trust list ("My keys").
  signingKeys(): Promise<SigningKeyEntry[]>
  importKey(fileName: string, pkcs12: Uint8Array, password: string): Promise<SigningKeyEntry>
  keyDetails(id: number): Promise<KeyDetails>
  removeKey(id: number): Promise<void>
  trustedCertificates(): Promise<TrustedCertificateEntry[]>
  /** A PEM (one or more certificates) or DER file. */
  trustAdd(file: Uint8Array): Promise<TrustedCertificateEntry[]>
  removeTrustedCertificate(id: number): Promise<void>

  // Documents of an application.
  /** Makes a document (`registration-notice`, `child-card`) in `language` and keeps it. */
  generateDocument(applicationId: number, kind: string, language: string): Promise<DocumentEntry>
  documentPdf(id: number): Promise<Uint8Array>
  /** The signatures in a document's PDF and their status (none: an empty list). */
  documentSignatures(id: number): Promise<VerificationReport>
  /** Signs with a kept key; `password` null uses the remembered one. */
  /** Checks a signed PDF, or a detached signature (.p7s) over `content`. */
  verifyFile(signed: Uint8Array, content: Uint8Array | null): Promise<VerificationReport>
  signDocument(
    id: number,
    keyId: number,
    password: string | null,
    remember: Remember,
  ): Promise<VerificationReport>

  // Accounts (work while locked: they are how one unlocks or signs out).
  accountStatus(): Promise<AccountStatus>
  /** Sets the server address, or null to work without a server. Only while signed out. */
  setServerUrl(url: string | null): Promise<AccountStatus>
  /** Signs in online; the same password then unlocks the app offline. */
  login(url: string, login: string, password: string): Promise<AccountStatus>
  /** Unlocks with the password against the local verifier (no server needed). */
  unlock(password: string): Promise<AccountStatus>
  lock(): Promise<AccountStatus>
  logout(): Promise<AccountStatus>
  setLockMinutes(minutes: number): Promise<AccountStatus>
  /** Changes the signed-in user's password on the server (online only); the new one then
   *  unlocks the app offline too. */
  changePassword(currentPassword: string, newPassword: string): Promise<void>

  // User administration (an administrator, online).
  serverUsers(): Promise<ServerUser[]>
  serverReference(): Promise<ServerReference>
  /** The answer carries the temporary password, shown once. */
  addUser(user: NewServerUser): Promise<CreatedUser>
  disableUser(id: number): Promise<ServerUser>
  resetUserPassword(id: number): Promise<TemporaryPassword>

  // Feedback to the developers and administrators (seed 000, §V); works offline.
  /** The messages written on this computer, newest first. */
  feedback(): Promise<FeedbackEntry[]>
  /** Pending until the next sync takes it (kept on this computer without a server). */
  sendFeedback(subject: string | null, message: string): Promise<FeedbackEntry>

  // The voucher registry (seed 000, §IV "Ваучер"); dates are "YYYY-MM-DD".
  /** The pilot's kindergartens on `date` and the voucher children with their amounts then. */
  voucherRegistry(date: string): Promise<VoucherRegistry>
  /** Saves the registry as kezek-vouchers-<date>.xlsx in the downloads folder; its full path. */
  exportVoucherRegistry(date: string): Promise<string>

  // The meal benefit of voucher children (seed 000, §III "Питание"); saved offline, it leaves
  // with the next sync. Refusals are `invalid_input` with `args.reason` (meals.ftl).
  /** The voucher children, by name, each with the current meal benefit (or null). */
  mealChildren(): Promise<MealChild[]>
  mealBenefit(applicationId: number): Promise<MealBenefit | null>
  /** The protocol PDF of the application's current meal benefit. */
  mealBenefitPdf(applicationId: number): Promise<Uint8Array>
  /** Makes the form's values the application's current meal benefit. */
  saveMealBenefit(input: SaveMealBenefit): Promise<MealBenefit>

  // Office intake of voucher applications (seed 001's form); offline too: it leaves with the
  // next sync and the server's number comes back with a later one. Operators and commission
  // secretaries (and the demo); others get `forbidden`.
  /** The intakes typed in on this computer, newest first. */
  voucherIntakes(): Promise<IntakeEntry[]>
  /** The address bureau's streets of a district, alphabetically. */
  streets(districtId: number): Promise<StreetEntry[]>
  /** Checks the form and queues it: field errors and a duplicate are answers, not errors. */
  registerIntake(form: IntakeForm): Promise<IntakeOutcome>

  // Sync with the server (signed in) and places, which only the server grants.
  syncStatus(): Promise<SyncStatus>
  /** One run: push the outbox, pull the server's changes; `onProgress` sees each step. */
  syncNow(onProgress: (step: SyncStep) => void): Promise<SyncDone>
  rejectedChanges(): Promise<RejectedChange[]>
  markRejectionsSeen(seqs: number[]): Promise<void>
  /** The groups of the application's district to ask a place in. */
  groupChoices(applicationId: number): Promise<GroupChoice[]>
  /** The places asked for (pending) or granted to the application's child. */
  applicationPlaces(applicationId: number): Promise<PlaceEntry[]>
  /** Asks the server for a place: pending until the next sync brings the verdict. */
  requestPlace(applicationId: number, groupId: number): Promise<PlaceEntry>

  // The voucher commission (docs/commission.md): roster, reviews, protocols.
  /** The commission's roster, active and inactive members. */
  commissionMembers(): Promise<CommissionMember[]>
  /** Adds (`uid` null) or changes a member; the birth date comes from the PIN/IIN. */
  saveCommissionMember(input: MemberInput): Promise<CommissionMember>
  removeCommissionMember(uid: string): Promise<void>
  /** The voucher applications the commission reviews. */
  voucherReviews(): Promise<ReviewRow[]>
  /** The review form of one application (figures 5.1–5.2 of seed 000). */
  voucherReview(applicationId: number): Promise<VoucherReview>
  /** Saves the review and (re)builds the draft protocol of its number, made in `language`. */
  saveReview(input: ReviewInput, language: string): Promise<ProtocolView>
  protocols(): Promise<ProtocolView[]>
  protocolPdf(uid: string): Promise<Uint8Array>
  /** The secretary sends a draft (or a returned protocol) to the chairman. */
  sendProtocol(uid: string): Promise<ProtocolView>
  /** The chairman sends it back; `reason` is required. */
  returnProtocol(uid: string, reason: string): Promise<ProtocolView>
  /** The chairman signs with a kept key; `password` null uses the remembered one. */
  signProtocol(uid: string, keyId: number, password: string | null, remember: Remember): Promise<ProtocolView>
}
