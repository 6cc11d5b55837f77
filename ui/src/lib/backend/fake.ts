//! An in-memory Backend for Vitest only (never imported by the app). It mimics the store's
//! journal semantics (prefix search, filters, sort, paging) on a small deterministic data set,
//! records every call, and can hold journal responses so tests control their order.

import type { Backend } from './backend'
import type { ApiError } from '../generated/ApiError'
import type { About } from '../generated/About'
import type { AccountStatus } from '../generated/AccountStatus'
import type { AccountUser } from '../generated/AccountUser'
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
import type { JournalRow } from '../generated/JournalRow'
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
import { FakeCommission } from './fake-commission'
import type { FeedbackEntry } from '../generated/FeedbackEntry'
import { FakeFeedback } from './fake-feedback'
import type { VoucherRegistry } from '../generated/VoucherRegistry'
import { FakeVouchers } from './fake-vouchers'
import type { MealBenefit } from '../generated/MealBenefit'
import type { MealChild } from '../generated/MealChild'
import type { SaveMealBenefit } from '../generated/SaveMealBenefit'
import { FakeMeals } from './fake-meals'
import type { IntakeEntry } from '../generated/IntakeEntry'
import type { IntakeForm } from '../generated/IntakeForm'
import type { IntakeOutcome } from '../generated/IntakeOutcome'
import type { StreetEntry } from '../generated/StreetEntry'
import { FakeIntake } from './fake-intake'

export interface FakeApplication extends JournalRow {
  locality_id: number
  benefit_category_id: number
}

const STATUSES = ['registered', 'in_queue', 'notified', 'directed', 'enrolled', 'withdrawn']
const SURNAMES = ['Ахметов', 'Бекова', 'Сериков', 'Жумабаева', 'Омаров', 'Ким']
const GIVEN = ['Алихан', 'Айгерим', 'Данияр', 'Мадина', 'Тимур', 'Сабина']

/** No server: the app as it always was. */
export const EMBEDDED: AccountStatus = { mode: 'embedded', server_url: null, user: null, lock_minutes: 15 }

export const FAKE_SERVER_REFERENCE: ServerReference = {
  regions: [{ id: 1, parent_id: null, name: 'Актюбинская область' }],
  districts: [{ id: 10, parent_id: 1, name: 'Актобе' }],
  commissions: [{ id: 100, parent_id: 10, name: 'Комиссия Актобе' }],
  kindergartens: [{ id: 200, parent_id: 10, name: 'Балапан' }],
  roles: [
    { role: 'administrator', scope_kinds: ['system'] },
    { role: 'operator', scope_kinds: ['region', 'district'] },
    { role: 'commission_secretary', scope_kinds: ['commission'] },
    { role: 'kindergarten_head', scope_kinds: ['kindergarten'] },
  ],
}

export const FAKE_REFERENCE: ReferenceData = {
  statuses: [...STATUSES, 'archived'],
  benefit_categories: [
    { id: 1, code: 'none', kind: 'general' },
    { id: 2, code: 'orphan', kind: 'out_of_turn' },
    { id: 3, code: 'large_family', kind: 'first_turn' },
  ],
  regions: [
    {
      id: 1,
      country: 'KZ',
      name: 'Актюбинская область',
      districts: [
        {
          id: 10,
          name: 'Актобе',
          localities: [
            { id: 100, name: 'Актобе' },
            { id: 101, name: 'Курайли' },
          ],
        },
        { id: 11, name: 'Хромтауский район', localities: [{ id: 110, name: 'Хромтау' }] },
      ],
    },
    {
      id: 2,
      country: 'KG',
      name: 'Чуйская область',
      districts: [{ id: 20, name: 'Сокулукский район', localities: [{ id: 200, name: 'Сокулук' }] }],
    },
  ],
}

const LOCALITIES = [100, 101, 110, 200]

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** `count` applications, deterministic: application i is the same in every run. */
export function fakeApplications(count: number): FakeApplication[] {
  const apps: FakeApplication[] = []
  for (let i = 1; i <= count; i++) {
    const surname = SURNAMES[i % SURNAMES.length]
    const day = 1 + (i % 28)
    const month = 1 + (i % 12)
    const benefit = FAKE_REFERENCE.benefit_categories[i % 3]
    apps.push({
      id: i,
      number: `UO.2024.${pad(i, 6)}.1`,
      kind: i % 5 === 0 ? 'voucher' : 'queue',
      child_name: `${surname} ${GIVEN[(i * 7) % GIVEN.length]}`,
      child_number: `2${pad(month, 2)}${pad(day, 2)}${pad(i, 7)}`,
      queue_position: i % 6 === 4 ? null : i,
      applicant_name: `${SURNAMES[(i + 3) % SURNAMES.length]} ${GIVEN[i % GIVEN.length]}`,
      registered_at: `2024-${pad(month, 2)}-${pad(day, 2)}T09:${pad(i % 60, 2)}:00`,
      status: STATUSES[i % STATUSES.length],
      benefit_category: benefit.code,
      birth_date: `2021-${pad(month, 2)}-${pad(day, 2)}`,
      locality_id: LOCALITIES[i % LOCALITIES.length],
      benefit_category_id: benefit.id,
    })
  }
  return apps
}

function localitiesOf(q: JournalQuery): Set<number> | null {
  const out = new Set<number>()
  for (const r of FAKE_REFERENCE.regions) {
    for (const d of r.districts) {
      for (const l of d.localities) {
        if (q.locality_id != null) {
          if (l.id === q.locality_id) out.add(l.id)
        } else if (q.district_id != null) {
          if (d.id === q.district_id) out.add(l.id)
        } else if (q.region_id != null) {
          if (r.id === q.region_id) out.add(l.id)
        } else return null
      }
    }
  }
  return out
}

function matchesSearch(a: FakeApplication, raw: string): boolean {
  const text = raw.trim()
  if (!text) return true
  if (/^[\d\s]+$/.test(text)) return a.child_number.startsWith(text.replace(/\s/g, ''))
  if (text.includes('.')) return a.number.startsWith(text.toUpperCase())
  const words = [...a.child_name.split(' '), ...a.applicant_name.split(' ')].map((w) =>
    w.toLowerCase(),
  )
  return text
    .toLowerCase()
    .split(/\s+/)
    .every((term) => words.some((w) => w.startsWith(term)))
}

export function filterAndSort(apps: FakeApplication[], q: JournalQuery): FakeApplication[] {
  const localities = localitiesOf(q)
  const rows = apps.filter(
    (a) =>
      matchesSearch(a, q.search ?? '') &&
      (q.statuses.length === 0 || q.statuses.includes(a.status)) &&
      (q.kind == null || a.kind === q.kind) &&
      (q.benefit_category_id == null || a.benefit_category_id === q.benefit_category_id) &&
      (localities == null || localities.has(a.locality_id)) &&
      (q.registered_from == null || a.registered_at.slice(0, 10) >= q.registered_from) &&
      (q.registered_to == null || a.registered_at.slice(0, 10) <= q.registered_to),
  )
  const key = (a: FakeApplication): string | number => {
    switch (q.sort) {
      case 'benefit_category':
        return a.benefit_category_id
      case 'queue_position':
        return a.queue_position ?? -1
      default:
        return a[q.sort]
    }
  }
  const dir = q.descending ? -1 : 1
  return rows.sort((x, y) => {
    const kx = key(x)
    const ky = key(y)
    if (kx < ky) return -dir
    if (kx > ky) return dir
    return (x.id - y.id) * dir
  })
}

interface Held {
  query: JournalQuery
  release: () => void
}

export class FakeBackend implements Backend {
  apps: FakeApplication[]
  settingsValue: Settings = { language: 'ru', personal_number: null }
  keys: SigningKeyEntry[] = []
  trusted: TrustedCertificateEntry[] = []
  /** Signature count per document id. */
  signed: Record<number, number> = {}
  /** The password each fake key file opens with. */
  keyPassword = 'secret'
  /** Every call, in order, as `[command, args]`. */
  calls: Array<[string, unknown]> = []
  /** When set, journal responses wait in `held` until a test releases them. */
  holdJournal = false
  held: Held[] = []
  /** When set, the next call to this command rejects with the error (once). */
  failNext: Partial<Record<string, ApiError>> = {}
  /** Accounts: where the app stands, the one password the fake server and verifier accept. */
  accountValue: AccountStatus = structuredClone(EMBEDDED)
  serverPassword = 'secret'
  /** False: the fake server does not answer. */
  serverOnline = true
  failedUnlocks = 0
  serverUsersList: ServerUser[] = [
    {
      id: 1,
      login: 'admin',
      full_name: 'Администратор',
      personal_number: null,
      role: 'administrator',
      scope_kind: 'system',
      scope_names: [],
      disabled: false,
    },
  ]

  /** The voucher commission: roster, reviews, protocols (see fake-commission.ts). */
  commission: FakeCommission = new FakeCommission(this)
  /** Feedback written here (see fake-feedback.ts). */
  feedbackBox: FakeFeedback = new FakeFeedback(this)
  /** The voucher registry (see fake-vouchers.ts). */
  vouchers: FakeVouchers = new FakeVouchers()
  /** The meal benefit of the voucher children (see fake-meals.ts). */
  meals: FakeMeals = new FakeMeals(this)
  /** Office intake of voucher applications (see fake-intake.ts). */
  intake: FakeIntake = new FakeIntake(this)

  constructor(count = 120) {
    this.apps = fakeApplications(count)
  }

  /** The signed-in user (null: nobody, the demo that may do everything). */
  user(): AccountUser | null {
    return this.accountValue.user
  }

  private record(command: string, args?: unknown): void {
    this.calls.push([command, args])
    const err = this.failNext[command]
    if (err) {
      delete this.failNext[command]
      throw err
    }
  }

  private find(id: number): FakeApplication {
    const a = this.apps.find((x) => x.id === id)
    if (!a) throw { code: 'not_found', detail: `application ${id}`, args: {} } satisfies ApiError
    return a
  }

  async startup(): Promise<Startup> {
    this.record('startup')
    return {
      settings: { ...this.settingsValue },
      database_empty: this.apps.length === 0,
      account: structuredClone(this.accountValue),
    }
  }

  async journalPage(query: JournalQuery): Promise<JournalPage> {
    this.record('journal_page', query)
    if (query.page_size < 1 || query.page_size > 500) {
      throw { code: 'invalid_input', detail: 'page size', args: {} } satisfies ApiError
    }
    const all = filterAndSort(this.apps, query)
    const start = query.page * query.page_size
    const page: JournalPage = {
      rows: all.slice(start, start + query.page_size).map(({ locality_id, benefit_category_id, ...row }) => {
        void locality_id
        void benefit_category_id
        return row
      }),
      total: all.length,
      page: query.page,
      page_size: query.page_size,
    }
    if (this.holdJournal) {
      await new Promise<void>((release) => this.held.push({ query, release }))
    }
    return page
  }

  async applicationCard(id: number): Promise<ApplicationCard> {
    this.record('application_card', { id })
    return this.cardOf(id)
  }

  /** The card of application `id` (not recorded: the commission's fake reads it too). */
  cardOf(id: number): ApplicationCard {
    const a = this.find(id)
    return {
      id: a.id,
      number: a.number,
      kind: a.kind,
      status: a.status,
      channel: a.id % 2 ? 'portal' : 'office',
      registered_at: a.registered_at,
      updated_at: a.registered_at,
      in_queue_since: a.queue_position == null ? null : a.registered_at,
      queue_position: a.queue_position,
      benefit_queue_position: a.benefit_category === 'none' ? 0 : 1,
      benefit_category: a.benefit_category,
      benefit_verified: a.benefit_category !== 'none',
      region: 'Актюбинская область',
      district: 'Актобе',
      locality: 'Актобе',
      language: 'kk',
      extra_email: null,
      extra_phone: null,
      child: {
        full_name: a.child_name,
        personal_number: a.child_number,
        birth_date: a.birth_date,
        sex: a.id % 2 ? 'male' : 'female',
      },
      applicant: {
        full_name: a.applicant_name,
        personal_number: '930818400123',
        birth_date: '1993-08-18',
        relation: 'mother',
        phone: '7777777777',
        email: null,
        address: 'г. Актобе, ул. Абая, 1',
      },
    }
  }

  async applicationHistory(id: number): Promise<HistoryEntry[]> {
    this.record('application_history', { id })
    const a = this.find(id)
    return [
      {
        id: id * 10 + 2,
        at: a.registered_at.replace('T09', 'T10'),
        action: 'queued',
        user_name: 'operator',
        device_id: '00000000000000ab',
        changes: [{ field: 'status', before: 'registered', after: 'in_queue' }],
      },
      {
        id: id * 10 + 1,
        at: a.registered_at,
        action: 'registered',
        user_name: 'operator',
        device_id: '00000000000000ab',
        changes: [],
      },
    ]
  }

  async applicationDocuments(id: number): Promise<DocumentEntry[]> {
    this.record('application_documents', { id })
    const a = this.find(id)
    return [
      {
        id: id * 10 + 1,
        kind: 'registration_notice',
        section: 'general',
        created_at: a.registered_at,
        file_name: 'notice.pdf',
        has_content: true,
        language: 'ru',
        signatures: this.signed[id * 10 + 1] ?? 0,
      },
      {
        id: id * 10 + 2,
        kind: 'child_card',
        section: 'attachment',
        created_at: a.registered_at,
        file_name: null,
        has_content: false,
        language: null,
        signatures: 0,
      },
    ]
  }

  async queueExplanation(id: number): Promise<QueueExplanation | null> {
    this.record('queue_explanation', { id })
    const a = this.find(id)
    if (a.queue_position == null) return null
    return {
      position: a.queue_position,
      benefit_position: 0,
      counted_benefit: 'general',
      unverified_benefit: null,
      ahead_by_benefit: 0,
      ahead_by_time: Math.max(a.queue_position - 1, 0),
      ahead_by_number: 0,
      queue_size: a.queue_position + 10,
      changes: [],
    }
  }

  async referenceData(): Promise<ReferenceData> {
    this.record('reference_data')
    return structuredClone(FAKE_REFERENCE)
  }

  async settings(): Promise<Settings> {
    this.record('settings')
    return { ...this.settingsValue }
  }

  async setLanguage(language: string): Promise<Settings> {
    this.record('set_language', { language })
    if (!['ru', 'kk', 'ky', 'en'].includes(language)) {
      throw { code: 'invalid_input', detail: `unknown language ${language}`, args: {} } satisfies ApiError
    }
    this.settingsValue = { ...this.settingsValue, language }
    return { ...this.settingsValue }
  }

  async about(): Promise<About> {
    this.record('about')
    return {
      app_version: '0.1.0',
      sqlite_version: '3.51.0',
      schema_version: 1,
      database_path: '/tmp/kezek/kezek.db',
      device_id: '00000000000000ab',
      tauri_version: null,
    }
  }

  async loadDemo(applications: number, onProgress: (p: DemoProgress) => void): Promise<void> {
    this.record('load_demo', { applications })
    if (this.apps.length > 0) {
      throw { code: 'not_empty', detail: 'database is not empty', args: {} } satisfies ApiError
    }
    const step = Math.max(1, Math.ceil(applications / 4))
    for (let done = 0; done < applications; done = Math.min(applications, done + step)) {
      onProgress({ done, total: applications })
    }
    this.apps = fakeApplications(applications)
    onProgress({ done: applications, total: applications })
  }

  async setPersonalNumber(personalNumber: string | null): Promise<Settings> {
    this.record('set_personal_number', { personalNumber })
    this.settingsValue = { ...this.settingsValue, personal_number: personalNumber }
    return { ...this.settingsValue }
  }

  async signingKeys(): Promise<SigningKeyEntry[]> {
    this.record('signing_keys')
    return structuredClone(this.keys)
  }

  async importKey(fileName: string, pkcs12: Uint8Array, password: string): Promise<SigningKeyEntry> {
    this.record('import_key', { fileName, size: pkcs12.length })
    if (password !== this.keyPassword) {
      throw { code: 'key_import', detail: 'mac', args: { reason: 'wrong_password' } } satisfies ApiError
    }
    const id = this.keys.length + 1
    const key: SigningKeyEntry = {
      id,
      fingerprint: `${id}`.padStart(64, '0'),
      alias: 'key',
      file_name: fileName,
      owner: 'Әлиева Айгүл',
      personal_number: '123456789012',
      organization: 'ГККП «Балапан»',
      issuer: 'Test CA',
      not_before: '2026-01-01T00:00:00',
      not_after: '2027-01-01T00:00:00',
      imported_at: '2026-11-23T10:00:00',
    }
    this.keys.push(key)
    return structuredClone(key)
  }

  async keyDetails(id: number): Promise<KeyDetails> {
    this.record('key_details', { id })
    const key = this.keys.find((k) => k.id === id)
    if (!key) throw { code: 'not_found', detail: `key ${id}`, args: {} } satisfies ApiError
    return {
      key: structuredClone(key),
      certificate: {
        common_name: key.owner,
        surname: 'Әлиева',
        given_name: 'Айгүл',
        personal_number: key.personal_number,
        subject_serial_number: `IIN${key.personal_number}`,
        organization: key.organization,
        issuer: key.issuer,
        subject: `CN=${key.owner}`,
        serial: '01:02',
        not_before: '2026-01-01T00:00:00Z',
        not_after: '2027-01-01T00:00:00Z',
        signature_algorithm: 'sha256WithRSAEncryption',
        public_key: 'RSA 2048',
        key_usage: ['digitalSignature', 'nonRepudiation'],
        extended_key_usage: [],
        is_ca: false,
      },
      refusal: null,
      password_remembered: false,
    }
  }

  async removeKey(id: number): Promise<void> {
    this.record('remove_key', { id })
    this.keys = this.keys.filter((k) => k.id !== id)
  }

  async trustedCertificates(): Promise<TrustedCertificateEntry[]> {
    this.record('trusted_certificates')
    return structuredClone(this.trusted)
  }

  async trustAdd(file: Uint8Array): Promise<TrustedCertificateEntry[]> {
    this.record('trust_add', { size: file.length })
    const entry: TrustedCertificateEntry = {
      id: this.trusted.length + 1,
      fingerprint: 'f'.repeat(64),
      subject: 'CN=Test Root CA',
      issuer: 'Test Root CA',
      is_root: true,
      not_after: '2036-01-01T00:00:00',
      source: 'local',
      added_at: '2026-11-23T10:00:00',
    }
    this.trusted.push(entry)
    return [structuredClone(entry)]
  }

  async removeTrustedCertificate(id: number): Promise<void> {
    this.record('remove_trusted_certificate', { id })
    this.trusted = this.trusted.filter((c) => c.id !== id)
  }

  async generateDocument(applicationId: number, kind: string, language: string): Promise<DocumentEntry> {
    this.record('generate_document', { applicationId, kind, language })
    return {
      id: applicationId * 10 + 5,
      kind,
      section: 'general',
      created_at: '2026-11-23T10:00:00',
      file_name: `${kind}.pdf`,
      has_content: true,
      language,
      signatures: 0,
    }
  }

  async documentPdf(id: number): Promise<Uint8Array> {
    this.record('document_pdf', { id })
    return new TextEncoder().encode('%PDF-1.7 fake')
  }

  async documentSignatures(id: number): Promise<VerificationReport> {
    this.record('document_signatures', { id })
    return { format: 'pdf', signatures: this.fakeSignatures(id) }
  }

  async signDocument(
    id: number,
    keyId: number,
    password: string | null,
    remember: Remember,
  ): Promise<VerificationReport> {
    this.record('sign_document', { id, keyId, remember })
    if (password !== this.keyPassword) {
      throw { code: 'key_import', detail: 'mac', args: { reason: 'wrong_password' } } satisfies ApiError
    }
    this.signed[id] = (this.signed[id] ?? 0) + 1
    return { format: 'pdf', signatures: this.fakeSignatures(id) }
  }

  async verifyFile(signed: Uint8Array, content: Uint8Array | null): Promise<VerificationReport> {
    this.record('verify_file', { size: signed.length, content: content?.length ?? null })
    const valid = content == null || content.length > 0
    return {
      format: content ? 'cms' : 'pdf',
      signatures: [
        {
          field: content ? null : 'Signature1',
          valid,
          code: valid ? null : 'content_changed',
          reason: null,
          signer: null,
          signing_time: '2026-11-23T10:00:00Z',
          covers_whole_document: true,
        },
      ],
    }
  }

  private fakeSignatures(id: number): VerificationReport['signatures'] {
    const n = this.signed[id] ?? 0
    return Array.from({ length: n }, (_, i) => ({
      field: `Signature${i + 1}`,
      valid: true,
      code: null,
      reason: null,
      signer: null,
      signing_time: '2026-11-23T10:00:00Z',
      covers_whole_document: i === n - 1,
    }))
  }

  private account(): AccountStatus {
    return structuredClone(this.accountValue)
  }

  private unreachable(): ApiError {
    const server = this.accountValue.server_url ?? ''
    return { code: 'server_unreachable', detail: 'connection refused', args: { server } }
  }

  /** Signs `login` in at once (tests that start behind the sign-in screen). The login names
   *  the role: admin, secretary, chairman, member (of the commission), else an operator. */
  signedIn(login: string, mode: 'locked' | 'unlocked' = 'unlocked'): this {
    const PEOPLE: Record<string, [string, string, string]> = {
      admin: ['administrator', 'system', 'Администратор'],
      secretary: ['commission_secretary', 'commission', 'Абдыкадырова Айгуль Бакытовна'],
      chairman: ['commission_chairman', 'commission', 'Сыдыков Нурлан Асанович'],
      member: ['commission_member', 'commission', 'Токтогулов Азамат'],
    }
    const [role, scope_kind, full_name] = PEOPLE[login] ?? ['operator', 'district', 'Оператор Актобе']
    const user: AccountUser = {
      user_id: login === 'admin' ? 1 : 2,
      login,
      full_name,
      role,
      scope_kind,
      scope_names:
        scope_kind === 'system'
          ? []
          : scope_kind === 'commission'
            ? ['Актюбинская область', 'Актобе', 'Комиссия Актобе']
            : ['Актюбинская область', 'Актобе'],
      server_url: 'https://kezek.example',
    }
    this.accountValue = { mode, server_url: user.server_url, user, lock_minutes: 15 }
    return this
  }

  async accountStatus(): Promise<AccountStatus> {
    this.record('account_status')
    return this.account()
  }

  async setServerUrl(url: string | null): Promise<AccountStatus> {
    this.record('set_server_url', { url })
    const clean = url?.trim().replace(/\/+$/, '') || null
    if (clean && !/^https?:\/\/\S+$/.test(clean)) {
      throw { code: 'invalid_input', detail: 'not an address', args: { reason: 'server_url' } } satisfies ApiError
    }
    this.accountValue = { ...this.accountValue, server_url: clean, mode: clean ? 'signed_out' : 'embedded' }
    return this.account()
  }

  async login(url: string, login: string, password: string): Promise<AccountStatus> {
    this.record('login', { url, login })
    if (!this.serverOnline) throw this.unreachable()
    if (password !== this.serverPassword) {
      throw { code: 'wrong_password', detail: 'wrong login or password', args: {} } satisfies ApiError
    }
    this.signedIn(login)
    this.accountValue.server_url = url
    if (this.accountValue.user) this.accountValue.user.server_url = url
    return this.account()
  }

  async unlock(password: string): Promise<AccountStatus> {
    this.record('unlock')
    if (this.failedUnlocks >= 5) {
      throw { code: 'too_many_attempts', detail: 'wait', args: { seconds: '30' } } satisfies ApiError
    }
    if (password !== this.serverPassword) {
      this.failedUnlocks++
      const args: Record<string, string> = { offline: 'true' }
      if (this.failedUnlocks < 5) args.remaining = String(5 - this.failedUnlocks)
      else args.seconds = '30'
      throw { code: 'wrong_password', detail: 'wrong password', args } satisfies ApiError
    }
    this.failedUnlocks = 0
    this.accountValue.mode = 'unlocked'
    return this.account()
  }

  async lock(): Promise<AccountStatus> {
    this.record('lock')
    if (this.accountValue.user) this.accountValue.mode = 'locked'
    return this.account()
  }

  async logout(): Promise<AccountStatus> {
    this.record('logout')
    this.accountValue = { ...this.accountValue, user: null, mode: 'signed_out' }
    return this.account()
  }

  async setLockMinutes(minutes: number): Promise<AccountStatus> {
    this.record('set_lock_minutes', { minutes })
    this.accountValue.lock_minutes = minutes
    return this.account()
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    this.record('change_password', { newLength: newPassword.length })
    if (!this.accountValue.user) {
      throw { code: 'sign_in_required', detail: 'no account', args: {} } satisfies ApiError
    }
    if (newPassword.length < 8) {
      const args = { reason: 'password_too_short', min: '8' }
      throw { code: 'invalid_input', detail: 'too short', args } satisfies ApiError
    }
    if (!this.serverOnline) throw this.unreachable()
    if (currentPassword !== this.serverPassword) {
      throw { code: 'wrong_password', detail: 'the current password is wrong', args: {} } satisfies ApiError
    }
    // The fake server and the offline verifier share one password.
    this.serverPassword = newPassword
  }

  async feedback(): Promise<FeedbackEntry[]> {
    this.record('feedback')
    return this.feedbackBox.list()
  }

  async sendFeedback(subject: string | null, message: string): Promise<FeedbackEntry> {
    this.record('send_feedback', { subject, message })
    return this.feedbackBox.send(subject, message, this.syncEnabled())
  }

  async voucherRegistry(date: string): Promise<VoucherRegistry> {
    this.record('voucher_registry', { date })
    return this.vouchers.registry(date)
  }

  async exportVoucherRegistry(date: string): Promise<string> {
    this.record('export_voucher_registry', { date })
    return this.vouchers.export(date)
  }

  async mealChildren(): Promise<MealChild[]> {
    this.record('meal_children')
    return this.meals.children()
  }

  async mealBenefit(applicationId: number): Promise<MealBenefit | null> {
    this.record('meal_benefit', { applicationId })
    return this.meals.benefit(applicationId)
  }

  async mealBenefitPdf(applicationId: number): Promise<Uint8Array> {
    this.record('meal_benefit_pdf', { applicationId })
    return this.meals.pdf(applicationId)
  }

  async saveMealBenefit(input: SaveMealBenefit): Promise<MealBenefit> {
    // The PDF's size, not its bytes, goes into the call log.
    const { pdf, ...rest } = input
    this.record('save_meal_benefit', { input: { ...rest, pdf: pdf.length } })
    return this.meals.save(input)
  }

  async voucherIntakes(): Promise<IntakeEntry[]> {
    this.record('voucher_intakes')
    return this.intake.list()
  }

  async streets(districtId: number): Promise<StreetEntry[]> {
    this.record('streets', { districtId })
    return this.intake.streets(districtId)
  }

  async registerIntake(form: IntakeForm): Promise<IntakeOutcome> {
    this.record('register_intake', { form })
    return this.intake.register(form)
  }

  private administer(command: string, args?: unknown): void {
    this.record(command, args)
    if (!this.serverOnline) throw this.unreachable()
    if (this.accountValue.user?.role !== 'administrator') {
      throw { code: 'forbidden', detail: 'administrators only', args: {} } satisfies ApiError
    }
  }

  async serverUsers(): Promise<ServerUser[]> {
    this.administer('server_users')
    return structuredClone(this.serverUsersList)
  }

  async serverReference(): Promise<ServerReference> {
    this.administer('server_reference')
    return structuredClone(FAKE_SERVER_REFERENCE)
  }

  async addUser(user: NewServerUser): Promise<CreatedUser> {
    this.administer('add_user', user)
    if (this.serverUsersList.some((u) => u.login === user.login)) {
      throw { code: 'conflict', detail: `the login "${user.login}" is taken`, args: {} } satisfies ApiError
    }
    const created: ServerUser = {
      id: this.serverUsersList.length + 1,
      login: user.login,
      full_name: user.full_name,
      personal_number: user.personal_number,
      role: user.role,
      scope_kind: user.scope_kind,
      scope_names: ['Актюбинская область', 'Актобе'],
      disabled: false,
    }
    this.serverUsersList.push(created)
    return { user: structuredClone(created), temporary_password: 'Tmp-pass-0001' }
  }

  async disableUser(id: number): Promise<ServerUser> {
    this.administer('disable_user', { id })
    const user = this.serverUsersList.find((u) => u.id === id)
    if (!user) throw { code: 'not_found', detail: `user ${id}`, args: {} } satisfies ApiError
    user.disabled = true
    return structuredClone(user)
  }

  async resetUserPassword(id: number): Promise<TemporaryPassword> {
    this.administer('reset_user_password', { id })
    return { user_id: id, temporary_password: 'Tmp-pass-0002' }
  }

  // Sync: one group of `groupCapacity` places on the "server"; requests wait in `places` as
  // pending until `syncNow`, which grants them in order while seats remain, else rejects them.
  groupCapacity = 1
  /** Seats already taken on the server by other offices. */
  serverTaken = 0
  places: PlaceEntry[] = []
  rejections: RejectedChange[] = []
  lastSyncAt: string | null = null
  lastErrorCode: string | null = null
  private nextSeq = 1

  private syncEnabled(): boolean {
    return this.accountValue.user !== null && this.accountValue.server_url !== null
  }

  async syncStatus(): Promise<SyncStatus> {
    this.record('sync_status', {})
    const pending =
      this.places.filter((p) => p.state === 'pending').length +
      this.commission.members.filter((m) => m.pending).length +
      this.commission.protocolList.filter((p) => p.pending).length +
      this.feedbackBox.pending() +
      this.meals.pending +
      this.intake.pending()
    return {
      enabled: this.syncEnabled(),
      running: false,
      online: this.lastErrorCode ? false : this.lastSyncAt ? true : null,
      state: {
        client_id: 'fake-client',
        cursor: 0,
        last_sync_at: this.lastSyncAt,
        last_error: this.lastErrorCode
          ? { code: this.lastErrorCode, detail: 'connection refused', at: '2026-11-23T10:00:00' }
          : null,
        pending,
        unseen_rejections: this.rejections.length,
      },
    }
  }

  async syncNow(onProgress: (step: SyncStep) => void): Promise<SyncDone> {
    this.record('sync_now', {})
    if (!this.serverOnline) {
      this.lastErrorCode = 'offline'
      throw this.unreachable()
    }
    let accepted = 0
    let rejected = 0
    onProgress({ phase: 'push', steps: 1, items: this.places.filter((p) => p.state === 'pending').length })
    for (const p of this.places.filter((x) => x.state === 'pending')) {
      const held = this.serverTaken + this.places.filter((x) => x.state === 'granted').length
      if (held < this.groupCapacity) {
        p.state = 'granted'
        p.seat = held + 1
        accepted++
      } else {
        rejected++
        this.places = this.places.filter((x) => x !== p)
        this.rejections.push({
          seq: Number(p.outbox_seq),
          name: 'place.grant',
          group_id: p.group_id,
          child_personal_number: p.child_personal_number,
          made_at: p.at,
          made_by: p.by_user,
          code: 'no_free_place',
          detail: 'every seat of the group is held (seat 1: 230415600123, by operator.kz)',
          decided_at: '2026-11-23T10:05:00',
        })
      }
    }
    onProgress({ phase: 'pull', steps: 1, items: 3 })
    this.commission.synced()
    this.feedbackBox.synced()
    this.meals.pending = 0
    for (const e of this.intake.synced()) {
      this.rejections.push({
        seq: this.nextSeq++,
        name: 'application.register',
        group_id: null,
        child_personal_number: e.child_personal_number,
        made_at: e.made_at,
        made_by: e.made_by,
        code: e.refusal_code ?? '',
        detail: e.refusal_detail ?? '',
        decided_at: '2026-11-23T10:05:00',
      })
    }
    this.lastErrorCode = null
    this.lastSyncAt = '2026-11-23T10:05:00'
    return { accepted, rejected, pulled: 3 }
  }

  async rejectedChanges(): Promise<RejectedChange[]> {
    this.record('rejected_changes', {})
    return structuredClone(this.rejections)
  }

  async markRejectionsSeen(seqs: number[]): Promise<void> {
    this.record('mark_rejections_seen', { seqs })
    this.rejections = this.rejections.filter((r) => !seqs.includes(r.seq))
  }

  async groupChoices(applicationId: number): Promise<GroupChoice[]> {
    this.record('group_choices', { applicationId })
    const granted = this.places.filter((p) => p.state === 'granted').length
    return [
      {
        group_id: 7,
        group_name: 'Күншуақ',
        kindergarten_name: 'ДО № 12 «Балдырган»',
        birth_year: 2022,
        language: 'kk',
        capacity: this.groupCapacity,
        granted: this.serverTaken + granted,
        pending: this.places.filter((p) => p.state === 'pending').length,
      },
    ]
  }

  async applicationPlaces(applicationId: number): Promise<PlaceEntry[]> {
    this.record('application_places', { applicationId })
    const child = this.find(applicationId).child_number
    return structuredClone(this.places.filter((p) => p.child_personal_number === child))
  }

  async requestPlace(applicationId: number, groupId: number): Promise<PlaceEntry> {
    this.record('request_place', { applicationId, groupId })
    if (!this.syncEnabled()) {
      throw { code: 'sign_in_required', detail: 'no server', args: {} } satisfies ApiError
    }
    const child = this.find(applicationId).child_number
    if (this.places.some((p) => p.child_personal_number === child && p.group_id === groupId)) {
      throw { code: 'invalid_input', detail: 'asked already', args: {} } satisfies ApiError
    }
    const seq = this.nextSeq++
    const entry: PlaceEntry = {
      id: seq,
      state: 'pending',
      group_id: groupId,
      child_personal_number: child,
      seat: null,
      at: '2026-11-23T10:00:00Z',
      by_user: this.accountValue.user?.login ?? 'operator',
      outbox_seq: seq,
      accepted: false,
    }
    this.places.push(entry)
    return structuredClone(entry)
  }

  /** Releases the held journal response at `index` of `held` (in any order the test likes). */
  release(index: number): void {
    const [h] = this.held.splice(index, 1)
    h.release()
  }

  // The voucher commission: each call recorded, then the commission's fake answers.
  async commissionMembers(): Promise<CommissionMember[]> {
    this.record('commission_members')
    return this.commission.list()
  }

  async saveCommissionMember(input: MemberInput): Promise<CommissionMember> {
    this.record('save_commission_member', { input })
    return this.commission.save(input)
  }

  async removeCommissionMember(uid: string): Promise<void> {
    this.record('remove_commission_member', { uid })
    this.commission.remove(uid)
  }

  async voucherReviews(): Promise<ReviewRow[]> {
    this.record('voucher_reviews')
    return this.commission.rows()
  }

  async voucherReview(applicationId: number): Promise<VoucherReview> {
    this.record('voucher_review', { applicationId })
    return this.commission.review(applicationId)
  }

  async saveReview(input: ReviewInput, language: string): Promise<ProtocolView> {
    this.record('save_review', { input, language })
    return this.commission.saveReview(input, language)
  }

  async protocols(): Promise<ProtocolView[]> {
    this.record('protocols')
    return this.commission.protocols()
  }

  async protocolPdf(uid: string): Promise<Uint8Array> {
    this.record('protocol_pdf', { uid })
    return this.commission.pdf(uid)
  }

  async sendProtocol(uid: string): Promise<ProtocolView> {
    this.record('send_protocol', { uid })
    return this.commission.send(uid)
  }

  async returnProtocol(uid: string, reason: string): Promise<ProtocolView> {
    this.record('return_protocol', { uid, reason })
    return this.commission.giveBack(uid, reason)
  }

  async signProtocol(
    uid: string,
    keyId: number,
    password: string | null,
    remember: Remember,
  ): Promise<ProtocolView> {
    this.record('sign_protocol', { uid, keyId, remember })
    return this.commission.sign(uid, keyId, password, remember)
  }
}
