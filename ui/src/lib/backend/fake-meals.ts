//! The meal benefit in the in-memory fake (Vitest only): the voucher children of fake-vouchers.ts,
//! one of them with a benefit already saved, and the checks the real API and store make, in
//! their order (crates/api/src/meals.rs, crates/store/src/meal_benefits.rs). Refusals are
//! `invalid_input` with `args.reason` (see meals.ftl).

import type { AccountUser } from '../generated/AccountUser'
import type { ApiError } from '../generated/ApiError'
import type { MealBenefit } from '../generated/MealBenefit'
import type { MealChild } from '../generated/MealChild'
import type { SaveMealBenefit } from '../generated/SaveMealBenefit'
import { VOUCHER_CHILDREN } from './fake-vouchers'

const MAX_AMOUNT_TYIYN = 10_000 * 100
const MAX_PDF_BYTES = 5 * 1024 * 1024
const MAX_PROTOCOL_NUMBER_CHARS = 64

/** What the meals fake reads from the rest of the fake. */
export interface MealsHost {
  user(): AccountUser | null
}

/** A PDF the fake keeps for a benefit saved before the test starts. */
export const FAKE_MEAL_PDF = new TextEncoder().encode('%PDF-1.7\n% протокол комиссии\n%%EOF\n')

function refused(reason: string, detail: string): ApiError {
  return { code: 'invalid_input', detail, args: { reason } }
}

/** Tyiyn of "125", "125,5", "125.50"; null for anything else (as the API's `parse_som`). */
export function parseSom(text: string): number | null {
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export class FakeMeals {
  /** The current benefit of each application, and its PDF. */
  benefits = new Map<number, { benefit: MealBenefit; pdf: Uint8Array }>([
    [
      9001,
      {
        benefit: {
          application_id: 9001,
          amount_tyiyn: 12_550,
          protocol_number: '№12/34',
          protocol_date: '2025-05-15',
          pdf_size: FAKE_MEAL_PDF.length,
          saved_by: 'secretary',
          saved_at: '2025-05-16T04:30:00Z',
        },
        pdf: FAKE_MEAL_PDF,
      },
    ],
  ])
  /** Saves waiting for the next sync (the real outbox's `meal_benefit.save`). */
  pending = 0

  constructor(private host: MealsHost) {}

  children(): MealChild[] {
    return [...VOUCHER_CHILDREN]
      .sort((a, b) => a.child_name.localeCompare(b.child_name, 'ru') || a.application_id - b.application_id)
      .map((c) => ({
        application_id: c.application_id,
        number: c.number,
        child_name: c.child_name,
        status: c.status,
        benefit: this.benefit(c.application_id),
      }))
  }

  benefit(applicationId: number): MealBenefit | null {
    const kept = this.benefits.get(applicationId)
    return kept ? structuredClone(kept.benefit) : null
  }

  pdf(applicationId: number): Uint8Array {
    const kept = this.benefits.get(applicationId)
    if (!kept) throw { code: 'not_found', detail: 'meal benefit', args: {} } satisfies ApiError
    return kept.pdf.slice()
  }

  save(input: SaveMealBenefit): MealBenefit {
    const amount = parseSom(input.amount)
    if (amount === null) throw refused('amount_invalid', `${JSON.stringify(input.amount)} is not an amount of som`)
    if (amount <= 0) throw refused('amount_not_positive', `${amount} tyiyn`)
    if (amount > MAX_AMOUNT_TYIYN) throw refused('amount_too_large', `${amount} tyiyn`)
    const number = input.protocolNumber.trim()
    if (!number) throw refused('number_required', 'the protocol number is empty')
    if ([...number].length > MAX_PROTOCOL_NUMBER_CHARS) {
      throw refused('number_too_long', `more than ${MAX_PROTOCOL_NUMBER_CHARS} characters`)
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.protocolDate)) {
      throw { code: 'invalid_input', detail: `${input.protocolDate}: not a date`, args: {} } satisfies ApiError
    }
    if (input.protocolDate > today()) throw refused('date_in_future', `${input.protocolDate} is after today`)
    const pdf = Uint8Array.from(input.pdf)
    if (pdf.length === 0) throw refused('pdf_required', '0 bytes')
    if (pdf.length > MAX_PDF_BYTES) throw refused('pdf_too_large', `${pdf.length} bytes`)
    if (new TextDecoder().decode(pdf.slice(0, 5)) !== '%PDF-') throw refused('pdf_not_pdf', `${pdf.length} bytes`)
    const child = VOUCHER_CHILDREN.find((c) => c.application_id === input.applicationId)
    if (!child) throw { code: 'not_found', detail: 'application', args: {} } satisfies ApiError
    const benefit: MealBenefit = {
      application_id: input.applicationId,
      amount_tyiyn: amount,
      protocol_number: number,
      protocol_date: input.protocolDate,
      pdf_size: pdf.length,
      saved_by: this.host.user()?.login ?? 'operator',
      saved_at: new Date().toISOString(),
    }
    this.benefits.set(input.applicationId, { benefit, pdf })
    this.pending += 1
    return structuredClone(benefit)
  }
}
