//! The Backend over Tauri commands.

import { Channel, invoke } from '@tauri-apps/api/core'
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
import type { Backend } from './backend'
import { toApiError } from './errors'
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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (e) {
    throw toApiError(e)
  }
}

export class TauriBackend implements Backend {
  startup() {
    return call<Startup>('startup')
  }
  journalPage(query: JournalQuery) {
    return call<JournalPage>('journal_page', { query })
  }
  applicationCard(id: number) {
    return call<ApplicationCard>('application_card', { id })
  }
  applicationHistory(id: number) {
    return call<HistoryEntry[]>('application_history', { id })
  }
  applicationDocuments(id: number) {
    return call<DocumentEntry[]>('application_documents', { id })
  }
  queueExplanation(id: number) {
    return call<QueueExplanation | null>('queue_explanation', { id })
  }
  referenceData() {
    return call<ReferenceData>('reference_data')
  }
  settings() {
    return call<Settings>('settings')
  }
  setLanguage(language: string) {
    return call<Settings>('set_language', { language })
  }
  about() {
    return call<About>('about')
  }
  loadDemo(applications: number, onProgress: (p: DemoProgress) => void) {
    const channel = new Channel<DemoProgress>()
    channel.onmessage = onProgress
    return call<void>('load_demo', { applications, onProgress: channel })
  }
  setPersonalNumber(personalNumber: string | null) {
    return call<Settings>('set_personal_number', { personalNumber })
  }
  signingKeys() {
    return call<SigningKeyEntry[]>('signing_keys')
  }
  importKey(fileName: string, pkcs12: Uint8Array, password: string) {
    return call<SigningKeyEntry>('import_key', { fileName, pkcs12: Array.from(pkcs12), password })
  }
  keyDetails(id: number) {
    return call<KeyDetails>('key_details', { id })
  }
  removeKey(id: number) {
    return call<void>('remove_key', { id })
  }
  trustedCertificates() {
    return call<TrustedCertificateEntry[]>('trusted_certificates')
  }
  trustAdd(file: Uint8Array) {
    return call<TrustedCertificateEntry[]>('trust_add', { file: Array.from(file) })
  }
  removeTrustedCertificate(id: number) {
    return call<void>('remove_trusted_certificate', { id })
  }
  generateDocument(applicationId: number, kind: string, language: string) {
    return call<DocumentEntry>('generate_document', { applicationId, kind, language })
  }
  async documentPdf(id: number) {
    // The command answers raw bytes (an ArrayBuffer), not a JSON array.
    return new Uint8Array(await call<ArrayBuffer>('document_pdf', { id }))
  }
  documentSignatures(id: number) {
    return call<VerificationReport>('document_signatures', { id })
  }
  signDocument(id: number, keyId: number, password: string | null, remember: Remember) {
    return call<VerificationReport>('sign_document', { id, keyId, password, remember })
  }
  verifyFile(signed: Uint8Array, content: Uint8Array | null) {
    return call<VerificationReport>('verify_file', {
      signed: Array.from(signed),
      content: content ? Array.from(content) : null,
    })
  }
  accountStatus() {
    return call<AccountStatus>('account_status')
  }
  setServerUrl(url: string | null) {
    return call<AccountStatus>('set_server_url', { url })
  }
  login(url: string, login: string, password: string) {
    return call<AccountStatus>('login', { url, login, password })
  }
  unlock(password: string) {
    return call<AccountStatus>('unlock', { password })
  }
  lock() {
    return call<AccountStatus>('lock')
  }
  logout() {
    return call<AccountStatus>('logout')
  }
  setLockMinutes(minutes: number) {
    return call<AccountStatus>('set_lock_minutes', { minutes })
  }
  changePassword(currentPassword: string, newPassword: string) {
    return call<void>('change_password', { currentPassword, newPassword })
  }
  feedback() {
    return call<FeedbackEntry[]>('feedback')
  }
  sendFeedback(subject: string | null, message: string) {
    return call<FeedbackEntry>('send_feedback', { subject, message })
  }
  voucherRegistry(date: string) {
    return call<VoucherRegistry>('voucher_registry', { date })
  }
  exportVoucherRegistry(date: string) {
    return call<string>('export_voucher_registry', { date })
  }
  mealChildren() {
    return call<MealChild[]>('meal_children')
  }
  mealBenefit(applicationId: number) {
    return call<MealBenefit | null>('meal_benefit', { applicationId })
  }
  async mealBenefitPdf(applicationId: number) {
    // Raw bytes (an ArrayBuffer), like document_pdf.
    return new Uint8Array(await call<ArrayBuffer>('meal_benefit_pdf', { applicationId }))
  }
  saveMealBenefit(input: SaveMealBenefit) {
    return call<MealBenefit>('save_meal_benefit', { input })
  }
  voucherIntakes() {
    return call<IntakeEntry[]>('voucher_intakes')
  }
  streets(districtId: number) {
    return call<StreetEntry[]>('streets', { districtId })
  }
  registerIntake(form: IntakeForm) {
    return call<IntakeOutcome>('register_intake', { form })
  }
  serverUsers() {
    return call<ServerUser[]>('server_users')
  }
  serverReference() {
    return call<ServerReference>('server_reference')
  }
  addUser(user: NewServerUser) {
    return call<CreatedUser>('add_user', { user })
  }
  disableUser(id: number) {
    return call<ServerUser>('disable_user', { id })
  }
  resetUserPassword(id: number) {
    return call<TemporaryPassword>('reset_user_password', { id })
  }
  syncStatus() {
    return call<SyncStatus>('sync_status')
  }
  syncNow(onProgress: (step: SyncStep) => void) {
    const channel = new Channel<SyncStep>()
    channel.onmessage = onProgress
    return call<SyncDone>('sync_now', { onProgress: channel })
  }
  rejectedChanges() {
    return call<RejectedChange[]>('rejected_changes')
  }
  markRejectionsSeen(seqs: number[]) {
    return call<void>('mark_rejections_seen', { seqs })
  }
  groupChoices(applicationId: number) {
    return call<GroupChoice[]>('group_choices', { applicationId })
  }
  applicationPlaces(applicationId: number) {
    return call<PlaceEntry[]>('application_places', { applicationId })
  }
  requestPlace(applicationId: number, groupId: number) {
    return call<PlaceEntry>('request_place', { applicationId, groupId })
  }
  commissionMembers() {
    return call<CommissionMember[]>('commission_members')
  }
  saveCommissionMember(input: MemberInput) {
    return call<CommissionMember>('save_commission_member', { input })
  }
  removeCommissionMember(uid: string) {
    return call<void>('remove_commission_member', { uid })
  }
  voucherReviews() {
    return call<ReviewRow[]>('voucher_reviews')
  }
  voucherReview(applicationId: number) {
    return call<VoucherReview>('voucher_review', { applicationId })
  }
  saveReview(input: ReviewInput, language: string) {
    return call<ProtocolView>('save_review', { input, language })
  }
  protocols() {
    return call<ProtocolView[]>('protocols')
  }
  async protocolPdf(uid: string) {
    // Raw bytes (an ArrayBuffer), like document_pdf.
    return new Uint8Array(await call<ArrayBuffer>('protocol_pdf', { uid }))
  }
  sendProtocol(uid: string) {
    return call<ProtocolView>('send_protocol', { uid })
  }
  returnProtocol(uid: string, reason: string) {
    return call<ProtocolView>('return_protocol', { uid, reason })
  }
  signProtocol(uid: string, keyId: number, password: string | null, remember: Remember) {
    return call<ProtocolView>('sign_protocol', { uid, keyId, password, remember })
  }
}
