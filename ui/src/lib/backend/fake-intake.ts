//! Office intake in the in-memory fake (Vitest only): the streets of the fake districts, the
//! checks of the shared form that the store runs (kezek_domain::intake::validate, the e-mail
//! optional; the reasons are the same codes), the local duplicate and reference checks of
//! crates/store/src/intake.rs in their order, and a sync that registers or refuses what waits.

import type { AccountUser } from '../generated/AccountUser'
import type { ApiError } from '../generated/ApiError'
import type { IntakeEntry } from '../generated/IntakeEntry'
import type { IntakeFieldError } from '../generated/IntakeFieldError'
import type { IntakeForm } from '../generated/IntakeForm'
import type { IntakeOutcome } from '../generated/IntakeOutcome'
import type { IntakePerson } from '../generated/IntakePerson'
import type { StreetEntry } from '../generated/StreetEntry'
import type { FakeApplication } from './fake'
import { FAKE_REFERENCE } from './fake'

/** The roles that take applications at the office (crates/api/src/intake.rs). */
const INTAKE_ROLES = ['operator', 'commission_secretary']
const CLOSED = ['rejected', 'withdrawn', 'removed', 'archived']

const street = (id: number, district_id: number, name: string): StreetEntry => ({
  id,
  district_id,
  locality_id: null,
  name,
})

/** District 10 (Актобе, KZ) and 20 (Сокулук, KG) have streets; 11 (Хромтау) has none yet. */
export const FAKE_STREETS: StreetEntry[] = [
  street(1, 10, 'Абая'),
  street(2, 10, 'Ленина'),
  street(3, 10, 'Мира'),
  street(4, 20, 'Манаса'),
  street(5, 20, 'Токтогула'),
]

/** What the intake reads from the rest of the fake. */
export interface IntakeHost {
  user(): AccountUser | null
  apps: FakeApplication[]
}

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Collects field errors as the domain's `Check` does. */
class Check {
  errors: IntakeFieldError[] = []

  fail(field: string, reason: string): void {
    this.errors.push({ field, reason })
  }

  text(field: string, value: string | null, max: number): string | null {
    const v = (value ?? '').trim()
    if (!v) this.fail(field, 'required')
    else if ([...v].length > max) this.fail(field, 'too_long')
    else return v
    return null
  }

  name(field: string, value: string | null, required: boolean): string | null {
    if (!required && !(value ?? '').trim()) return null
    const v = this.text(field, value, 100)
    if (v === null) return null
    if (!/\p{L}/u.test(v) || !/^[\p{L} '’.-]+$/u.test(v)) {
      this.fail(field, 'invalid_characters')
      return null
    }
    return v
  }

  /** Digits of a PIN (14) or IIN (12); the structure only, as far as the fake needs. */
  number(field: string, value: string | null): string | null {
    const v = this.text(field, value, 40)
    if (v === null) return null
    const digits = v.replace(/[\s-]/g, '')
    if (!/^\d+$/.test(digits)) this.fail(field, 'not_a_digit')
    else if (digits.length !== 12 && digits.length !== 14) this.fail(field, 'length')
    else if (digits.length === 14 && !'12'.includes(digits[0])) this.fail(field, 'sex_digit')
    else return digits
    return null
  }

  person(prefix: string, p: IntakePerson): string | null {
    const n = this.number(`${prefix}.personal_number`, p.personal_number)
    this.name(`${prefix}.surname`, p.surname, true)
    this.name(`${prefix}.given_name`, p.given_name, true)
    this.name(`${prefix}.patronymic`, p.patronymic, false)
    return n
  }
}

function validate(form: IntakeForm): IntakeFieldError[] {
  const c = new Check()
  const email = (form.email ?? '').trim()
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) c.fail('email', 'format')
  const language = (form.language ?? '').trim()
  if (!language) c.fail('language', 'required')
  else if (!['ru', 'kk', 'ky', 'en'].includes(language)) c.fail('language', 'unknown')
  const child = c.person('child', form.child)
  const p = form.parent
  const relation = (p.relation ?? '').trim()
  if (!relation) c.fail('parent.relation', 'required')
  else if (!['father', 'mother', 'guardian'].includes(relation)) c.fail('parent.relation', 'unknown')
  const parent = c.person('parent', p)
  if (child && parent && child === parent) c.fail('parent.personal_number', 'same_as_child')
  const series = c.text('parent.passport.series', p.passport.series, 10)
  if (series !== null && !/^[\p{L}\p{N}]+$/u.test(series)) c.fail('parent.passport.series', 'format')
  const number = c.text('parent.passport.number', p.passport.number, 20)
  if (number !== null && !/^\d{5,12}$/.test(number.replace(/\s/g, ''))) c.fail('parent.passport.number', 'format')
  c.text('parent.passport.issued_by', p.passport.issued_by, 200)
  const issued = c.text('parent.passport.issued_on', p.passport.issued_on, 10)
  if (issued !== null) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(issued)) c.fail('parent.passport.issued_on', 'format')
    else if (issued > today()) c.fail('parent.passport.issued_on', 'in_future')
  }
  const a = form.address
  if (a.district_id == null) c.fail('address.district_id', 'required')
  if (a.street_id == null && !(a.street ?? '').trim()) c.fail('address.street', 'required')
  c.text('address.house', a.house, 20)
  if ((a.flat ?? '').trim()) c.text('address.flat', a.flat, 20)
  const phone = c.text('phone', form.phone, 30)
  if (phone !== null) {
    const digits = phone.replace(/\D/g, '').length
    if (!/^[\d+\s()-]+$/.test(phone) || digits < 9 || digits > 15) c.fail('phone', 'format')
  }
  c.text('benefit_code', form.benefit_code, 64)
  if (form.consent !== true) c.fail('consent', 'required')
  return c.errors
}

function countryOf(districtId: number): string | null {
  for (const r of FAKE_REFERENCE.regions) if (r.districts.some((d) => d.id === districtId)) return r.country
  return null
}

export class FakeIntake {
  /** Oldest first. */
  entries: IntakeEntry[] = []
  /** The streets this fake's store holds (a test may add some before a sync). */
  streetList: StreetEntry[] = structuredClone(FAKE_STREETS)
  /** Children whose intake the next sync refuses, with the server's code and detail. */
  refuseOnSync = new Map<string, { code: string; detail: string }>()
  private nextNumber = 1

  constructor(private host: IntakeHost) {}

  private ensureRole(): void {
    const role = this.host.user()?.role
    if (role != null && !INTAKE_ROLES.includes(role)) {
      throw {
        code: 'forbidden',
        detail: `only operators and commission secretaries take applications, not a ${role}`,
        args: { reason: 'not_intake_role' },
      } satisfies ApiError
    }
  }

  list(): IntakeEntry[] {
    this.ensureRole()
    return structuredClone([...this.entries].reverse())
  }

  streets(districtId: number): StreetEntry[] {
    return structuredClone(this.streetList.filter((s) => s.district_id === districtId))
  }

  register(form: IntakeForm): IntakeOutcome {
    this.ensureRole()
    const errors = validate(form)
    if (errors.length) return { outcome: 'invalid', errors }
    const child = (form.child.personal_number ?? '').replace(/[\s-]/g, '')
    const open = this.host.apps.find(
      (a) => a.child_number === child && a.kind === 'voucher' && !CLOSED.includes(a.status),
    )
    if (open) return { outcome: 'duplicate', application_id: open.id, number: open.number, intake_id: null }
    const waiting = this.entries.find((e) => e.child_personal_number === child && e.state === 'pending')
    if (waiting) return { outcome: 'duplicate', application_id: null, number: null, intake_id: waiting.id }

    const district = form.address.district_id as number
    const country = countryOf(district)
    const wrong: IntakeFieldError[] = []
    if (country === null) wrong.push({ field: 'address.district_id', reason: 'unknown' })
    else {
      const digits = country === 'KZ' ? 12 : 14
      for (const [field, value] of [
        ['child.personal_number', child],
        ['parent.personal_number', (form.parent.personal_number ?? '').replace(/[\s-]/g, '')],
      ]) {
        if (value.length !== digits) wrong.push({ field, reason: 'wrong_country' })
      }
    }
    if (!FAKE_REFERENCE.benefit_categories.some((b) => b.code === form.benefit_code?.trim())) {
      wrong.push({ field: 'benefit_code', reason: 'unknown' })
    }
    const listed = this.streets(district).some((s) =>
      form.address.street_id != null
        ? s.id === form.address.street_id
        : s.name.toLowerCase() === (form.address.street ?? '').trim().replace(/\s+/g, ' ').toLowerCase(),
    )
    if (country !== null && !listed) wrong.push({ field: 'address.street', reason: 'unknown' })
    if (wrong.length) return { outcome: 'invalid', errors: wrong }

    const c = form.child
    const entry: IntakeEntry = {
      id: this.entries.length + 1,
      state: 'pending',
      accepted: false,
      application_id: null,
      application_number: null,
      application_status: null,
      refusal_code: null,
      refusal_detail: null,
      child_personal_number: child,
      child_name: [c.surname, c.given_name, c.patronymic].map((x) => x?.trim()).filter(Boolean).join(' '),
      made_at: new Date().toISOString(),
      made_by: this.host.user()?.login ?? 'operator',
      decided_at: null,
    }
    this.entries.push(entry)
    return { outcome: 'queued', intake: structuredClone(entry) }
  }

  pending(): number {
    return this.entries.filter((e) => e.state === 'pending').length
  }

  /** A sync: the server refuses the children of `refuseOnSync` (returned, for the list of
   *  refusals), registers the others (their applications then arrive and open in the card). */
  synced(): IntakeEntry[] {
    const refused: IntakeEntry[] = []
    for (const e of this.entries.filter((x) => x.state === 'pending')) {
      e.decided_at = '2026-11-23T10:05:00'
      const refusal = this.refuseOnSync.get(e.child_personal_number)
      if (refusal) {
        e.state = 'refused'
        e.refusal_code = refusal.code
        e.refusal_detail = refusal.detail
        refused.push(structuredClone(e))
        continue
      }
      const id = Math.max(0, ...this.host.apps.map((a) => a.id)) + 1
      const number = `БЛ.2026.${String(this.nextNumber++).padStart(6, '0')}`
      this.host.apps.push({
        id,
        number,
        kind: 'voucher',
        child_name: e.child_name,
        child_number: e.child_personal_number,
        queue_position: null,
        applicant_name: 'Асанова Гульнара',
        registered_at: '2026-11-23T10:05:00',
        status: 'registered',
        benefit_category: 'none',
        birth_date: '2022-03-20',
        locality_id: 200,
        benefit_category_id: 1,
      })
      Object.assign(e, {
        state: 'registered',
        application_id: id,
        application_number: number,
        application_status: 'registered',
      })
    }
    return refused
  }
}
