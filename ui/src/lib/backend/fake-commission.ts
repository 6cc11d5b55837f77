//! The voucher commission of the in-memory fake (Vitest only): a roster, the reviews of the
//! voucher applications and their protocols, with the checks the real API makes (the roles of
//! docs/commission.md, active members only, one benefit, a protocol number, the states).
//! Refusals are `invalid_input` / `conflict` with `args.reason` (see commission.ftl).

import type { AccountUser } from '../generated/AccountUser'
import type { ApiError } from '../generated/ApiError'
import type { ApplicationCard } from '../generated/ApplicationCard'
import type { CommissionMember } from '../generated/CommissionMember'
import type { MemberInput } from '../generated/MemberInput'
import type { PresentMemberView } from '../generated/PresentMemberView'
import type { ProtocolView } from '../generated/ProtocolView'
import type { Remember } from '../generated/Remember'
import type { ReviewInput } from '../generated/ReviewInput'
import type { ReviewRow } from '../generated/ReviewRow'
import type { SigningKeyEntry } from '../generated/SigningKeyEntry'
import type { VoucherReview } from '../generated/VoucherReview'
import { birthDateFromPin } from '../format/pin'

/** What the commission reads from the rest of the fake. */
export interface CommissionHost {
  apps: Array<{ id: number; kind: string; number: string; child_name: string; child_number: string; registered_at: string; benefit_category: string }>
  keys: SigningKeyEntry[]
  keyPassword: string
  user(): AccountUser | null
  cardOf(id: number): ApplicationCard
}

export const MEMBER_ROLES = ['chairman', 'secretary', 'member']
export const DECISIONS = ['approved', 'rejected']
export const BENEFIT_CODES = [
  'none',
  'orphan',
  'military_family',
  'disability',
  'special_needs',
  'large_family',
  'low_income',
]
/** The checklist of submitted documents, by kind (`document-kind-<code>`). */
export const REVIEW_DOCUMENTS = ['birth_certificate', 'benefit_proof']

const TODAY = '2026-11-23'
const NOW = '2026-11-23T10:00:00Z'

interface Review {
  benefit_code: string
  documents: string[]
  other_documents: string[]
  present: string[]
  comment: string
  protocol_number: string
  decision: string
}

interface Protocol {
  uid: string
  number: string
  date: string
  language: string
  state: string
  appIds: number[]
  present: PresentMemberView[]
  comment: string
  sent_at: string | null
  returned_reason: string | null
  returned_by: string | null
  signed_by: string | null
  signer: string | null
  signed_at: string | null
  pending: boolean
}

function refuse(reason: string, detail: string, args: Record<string, string> = {}): ApiError {
  return { code: 'invalid_input', detail, args: { reason, ...args } }
}

function wrongState(state: string): ApiError {
  return { code: 'conflict', detail: `the protocol is ${state}`, args: { reason: 'wrong_state', state } }
}

function fullName(m: { surname: string; given_name: string; patronymic: string | null }): string {
  return [m.surname, m.given_name, m.patronymic].filter(Boolean).join(' ')
}

function seedMember(
  uid: string,
  pin: string,
  name: [string, string, string | null],
  position: string,
  role: string,
  active = true,
): CommissionMember {
  const [surname, given_name, patronymic] = name
  return {
    uid,
    personal_number: pin,
    surname,
    given_name,
    patronymic,
    full_name: fullName({ surname, given_name, patronymic }),
    birth_date: birthDateFromPin(pin) ?? '',
    position,
    phone: '+996 555 100 200',
    email: `${uid}@example.kg`,
    role,
    active,
    pending: false,
  }
}

export class FakeCommission {
  members: CommissionMember[] = [
    seedMember('m-1', '21503198500123', ['Сыдыков', 'Нурлан', 'Асанович'], 'Заместитель акима района', 'chairman'),
    seedMember('m-2', '11208199000234', ['Абдыкадырова', 'Айгуль', 'Бакытовна'], 'Главный специалист РОО', 'secretary'),
    seedMember('m-3', '20507197800345', ['Токтогулов', 'Азамат', null], 'Специалист соцзащиты', 'member'),
    seedMember('m-4', '12011198200456', ['Исмаилова', 'Жылдыз', 'Маратовна'], 'Депутат айылного кенеша', 'member', false),
  ]
  reviews = new Map<number, Review>()
  protocolList: Protocol[] = []
  /** Statuses the commission's decisions gave (voucher applications start under review). */
  decided = new Map<number, string>()
  private next = 1
  private host: CommissionHost

  constructor(host: CommissionHost) {
    this.host = host
  }

  /** Nobody signed in (demo) may do everything; otherwise only the given commission roles. */
  private allow(...roles: string[]): void {
    const role = this.host.user()?.role
    if (role !== undefined && !roles.includes(role)) {
      throw { code: 'forbidden', detail: `${role} may not do this`, args: {} } satisfies ApiError
    }
  }

  private voucherApp(id: number) {
    const a = this.host.apps.find((x) => x.id === id && x.kind === 'voucher')
    if (!a) throw { code: 'not_found', detail: `voucher application ${id}`, args: {} } satisfies ApiError
    return a
  }

  private statusOf(id: number): string {
    return this.decided.get(id) ?? 'under_review'
  }

  private protocolOf(appId: number): Protocol | undefined {
    return this.protocolList.find((p) => p.appIds.includes(appId))
  }

  private protocol(uid: string): Protocol {
    const p = this.protocolList.find((x) => x.uid === uid)
    if (!p) throw { code: 'not_found', detail: `protocol ${uid}`, args: {} } satisfies ApiError
    return p
  }

  private view(p: Protocol): ProtocolView {
    const { appIds, ...rest } = p
    return structuredClone({
      ...rest,
      applications: appIds.map((id) => {
        const a = this.voucherApp(id)
        return {
          application_id: id,
          number: a.number,
          child_name: a.child_name,
          decision: this.reviews.get(id)?.decision ?? '',
        }
      }),
    })
  }

  list(): CommissionMember[] {
    return structuredClone(this.members)
  }

  save(input: MemberInput): CommissionMember {
    this.allow('commission_secretary')
    const pin = input.personal_number.trim()
    const birth = birthDateFromPin(pin)
    if (!birth) throw refuse('personal_number', `not a PIN/IIN: ${pin}`)
    const taken = this.members.find((m) => m.personal_number === pin && m.uid !== input.uid)
    if (taken) throw refuse('personal_number_taken', 'already on the roster', { member: taken.full_name })
    const surname = input.surname.trim()
    const given_name = input.given_name.trim()
    if (!surname || !given_name) throw refuse('name', 'surname and given name are required')
    if (!input.position.trim()) throw refuse('position', 'position is required')
    const phone = input.phone.trim()
    if ((phone.match(/\d/g) ?? []).length < 7 || !/^\+?[\d\s()-]+$/.test(phone)) {
      throw refuse('phone', `not a phone number: ${phone}`)
    }
    const email = input.email?.trim() || null
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw refuse('email', `not an e-mail: ${email}`)
    if (!MEMBER_ROLES.includes(input.role)) throw refuse('role', `unknown role ${input.role}`)
    const patronymic = input.patronymic?.trim() || null
    const member: CommissionMember = {
      uid: input.uid ?? `m-new-${this.next++}`,
      personal_number: pin,
      surname,
      given_name,
      patronymic,
      full_name: fullName({ surname, given_name, patronymic }),
      birth_date: birth,
      position: input.position.trim(),
      phone,
      email,
      role: input.role,
      active: input.active,
      pending: true,
    }
    const i = this.members.findIndex((m) => m.uid === input.uid)
    if (input.uid && i < 0) throw { code: 'not_found', detail: `member ${input.uid}`, args: {} } satisfies ApiError
    if (i >= 0) this.members[i] = member
    else this.members.push(member)
    return structuredClone(member)
  }

  remove(uid: string): void {
    this.allow('commission_secretary')
    if (!this.members.some((m) => m.uid === uid)) {
      throw { code: 'not_found', detail: `member ${uid}`, args: {} } satisfies ApiError
    }
    this.members = this.members.filter((m) => m.uid !== uid)
  }

  rows(): ReviewRow[] {
    return this.host.apps
      .filter((a) => a.kind === 'voucher')
      .map((a) => {
        const p = this.protocolOf(a.id)
        const r = this.reviews.get(a.id)
        return {
          application_id: a.id,
          number: a.number,
          child_name: a.child_name,
          child_personal_number: a.child_number,
          registered_at: a.registered_at,
          benefit_code: r?.benefit_code ?? a.benefit_category,
          status: this.statusOf(a.id),
          protocol_number: p?.number ?? null,
          protocol_state: p?.state ?? null,
          decision: r?.decision ?? null,
        }
      })
  }

  review(applicationId: number): VoucherReview {
    const a = this.voucherApp(applicationId)
    const r = this.reviews.get(applicationId)
    const p = this.protocolOf(applicationId)
    const lastDraft = this.protocolList.findLast((x) => x.state === 'draft')
    const present = new Set(r?.present ?? [])
    return structuredClone({
      application_id: applicationId,
      card: { ...this.host.cardOf(applicationId), status: this.statusOf(applicationId) },
      benefit_code: r?.benefit_code ?? a.benefit_category,
      benefit_codes: BENEFIT_CODES,
      documents: REVIEW_DOCUMENTS.map((code) => ({ code, ticked: r?.documents.includes(code) ?? false })),
      other_documents: r?.other_documents ?? [],
      members: this.members.map((m) => ({
        uid: m.uid,
        full_name: m.full_name,
        position: m.position,
        role: m.role,
        active: m.active,
        present: present.has(m.uid),
      })),
      comment: r?.comment ?? '',
      protocol_number: r?.protocol_number ?? lastDraft?.number ?? '',
      decision: r?.decision ?? null,
      protocol: p ? this.view(p) : null,
      editable: this.statusOf(applicationId) === 'under_review' && (!p || p.state === 'draft' || p.state === 'returned'),
    })
  }

  saveReview(input: ReviewInput, language: string): ProtocolView {
    this.allow('commission_secretary')
    const id = input.application_id
    this.voucherApp(id)
    if (this.statusOf(id) !== 'under_review') throw refuse('not_under_review', 'decided already')
    if (!BENEFIT_CODES.includes(input.benefit_code)) throw refuse('benefit', `unknown benefit ${input.benefit_code}`)
    const unknown = input.documents.find((d) => !REVIEW_DOCUMENTS.includes(d))
    if (unknown) throw refuse('document', `unknown document kind ${unknown}`)
    const number = input.protocol_number.trim()
    if (!number) throw refuse('protocol_number', 'no protocol number')
    if (!DECISIONS.includes(input.decision)) throw refuse('decision', 'no decision')
    this.checkPresent(input.present)
    const current = this.protocolOf(id)
    if (current && current.state !== 'draft' && current.state !== 'returned') throw wrongState(current.state)
    let target = this.protocolList.find((p) => p.number === number)
    if (target && target.state !== 'draft' && target.state !== 'returned') {
      throw { code: 'conflict', detail: `protocol ${number} is ${target.state}`, args: { reason: 'protocol_closed', number } } satisfies ApiError
    }
    if (current && current !== target) {
      current.appIds = current.appIds.filter((x) => x !== id)
      if (current.appIds.length === 0) this.protocolList = this.protocolList.filter((p) => p !== current)
    }
    if (!target) {
      target = {
        uid: `protocol-${this.next++}`,
        number,
        date: TODAY,
        language,
        state: 'draft',
        appIds: [],
        present: [],
        comment: '',
        sent_at: null,
        returned_reason: null,
        returned_by: null,
        signed_by: null,
        signer: null,
        signed_at: null,
        pending: false,
      }
      this.protocolList.push(target)
    }
    if (!target.appIds.includes(id)) target.appIds.push(id)
    target.language = language
    target.comment = input.comment.trim()
    target.present = input.present.map((uid) => {
      const m = this.members.find((x) => x.uid === uid)!
      return { uid, full_name: m.full_name, position: m.position, role: m.role }
    })
    this.reviews.set(id, {
      benefit_code: input.benefit_code,
      documents: [...input.documents],
      other_documents: input.other_documents.map((d) => d.trim()).filter(Boolean),
      present: [...input.present],
      comment: input.comment.trim(),
      protocol_number: number,
      decision: input.decision,
    })
    return this.view(target)
  }

  private checkPresent(present: string[]): void {
    if (present.length === 0) throw refuse('no_members_present', 'nobody present')
    for (const uid of present) {
      const m = this.members.find((x) => x.uid === uid)
      if (!m) throw refuse('not_a_member', `no member ${uid}`, { member: uid })
      if (!m.active) throw refuse('inactive_member', `${m.full_name} is inactive`, { member: m.full_name })
    }
  }

  protocols(): ProtocolView[] {
    return [...this.protocolList].reverse().map((p) => this.view(p))
  }

  pdf(uid: string): Uint8Array {
    const p = this.protocol(uid)
    return new TextEncoder().encode(`%PDF-1.7 fake protocol ${p.number} ${p.state}`)
  }

  send(uid: string): ProtocolView {
    this.allow('commission_secretary')
    const p = this.protocol(uid)
    if (p.state !== 'draft' && p.state !== 'returned') throw wrongState(p.state)
    this.checkPresent(p.present.map((m) => m.uid))
    Object.assign(p, { state: 'sent_for_signature', sent_at: NOW, returned_reason: null, returned_by: null, pending: true })
    return this.view(p)
  }

  giveBack(uid: string, reason: string): ProtocolView {
    this.allow('commission_chairman')
    const p = this.protocol(uid)
    if (p.state !== 'sent_for_signature') throw wrongState(p.state)
    if (!reason.trim()) throw refuse('reason_required', 'a reason is required')
    Object.assign(p, { state: 'returned', returned_reason: reason.trim(), returned_by: this.chairmanName(), pending: true })
    return this.view(p)
  }

  sign(uid: string, keyId: number, password: string | null, remember: Remember): ProtocolView {
    void remember
    this.allow('commission_chairman')
    const p = this.protocol(uid)
    if (p.state !== 'sent_for_signature') throw wrongState(p.state)
    const key = this.host.keys.find((k) => k.id === keyId)
    if (!key) throw { code: 'not_found', detail: `key ${keyId}`, args: {} } satisfies ApiError
    if (password == null) throw { code: 'password_required', detail: 'no password', args: {} } satisfies ApiError
    if (password !== this.host.keyPassword) {
      throw { code: 'key_import', detail: 'mac', args: { reason: 'wrong_password' } } satisfies ApiError
    }
    Object.assign(p, {
      state: 'signed',
      signed_by: this.chairmanName(),
      signer: key.owner,
      signed_at: '2026-11-23T10:30:00Z',
      pending: true,
    })
    for (const id of p.appIds) {
      this.decided.set(id, this.reviews.get(id)?.decision === 'approved' ? 'voucher_issued' : 'rejected')
    }
    return this.view(p)
  }

  private chairmanName(): string {
    return this.host.user()?.full_name ?? this.members.find((m) => m.role === 'chairman')?.full_name ?? ''
  }

  /** A sync run took every pending change to the server. */
  synced(): void {
    for (const m of this.members) m.pending = false
    for (const p of this.protocolList) p.pending = false
  }
}
