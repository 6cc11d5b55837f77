//! The voucher registry in the in-memory fake (Vitest only): three pilot kindergartens, voucher
//! children with amounts by category (a raise from 2026-09-01, ×1.15 in Ysyk-Ata), and exports
//! "saved" to a fake downloads folder.

import type { ApiError } from '../generated/ApiError'
import type { VoucherChild } from '../generated/VoucherChild'
import type { VoucherKindergarten } from '../generated/VoucherKindergarten'
import type { VoucherRegistry } from '../generated/VoucherRegistry'

export const FAKE_DOWNLOADS = '/home/operator/Downloads'

const RAISE = '2026-09-01'
const START = '2025-01-01'
/** Som a month: [from START, from RAISE]. */
const AMOUNTS: Record<string, [number, number]> = {
  none: [3000, 3500],
  low_income: [4500, 5200],
  disability: [6000, 7000],
}

const KINDERGARTENS: VoucherKindergarten[] = [
  { id: 301, name: 'Детский сад № 12 «Балапан»', locality: 'Бишкек (Ленинский)', since: START, children_with_vouchers: 2 },
  { id: 302, name: 'Детский сад № 40 «Айчүрөк»', locality: 'Кант', since: START, children_with_vouchers: 1 },
  { id: 303, name: 'Детский сад № 7 «Тумарча»', locality: 'Сокулук', since: '2026-03-01', children_with_vouchers: 0 },
]

type Child = Omit<VoucherChild, 'amount'>

/** The voucher children (voucher_issued or enrolled); the meals fake lists the same ones. */
export const VOUCHER_CHILDREN: Child[] = [
  {
    application_id: 9001,
    number: 'KG.2025.000101.1',
    child_name: 'Асанов Нурсултан Бакытович',
    child_personal_number: '20503202312345',
    birth_date: '2023-05-03',
    benefit_code: 'none',
    district: 'Ленинский район',
    status: 'enrolled',
  },
  {
    application_id: 9002,
    number: 'KG.2025.000102.1',
    child_name: 'Токтогулова Айпери Маратовна',
    child_personal_number: '11107202254321',
    birth_date: '2022-07-11',
    benefit_code: 'low_income',
    district: 'Ысык-Атинский район',
    status: 'voucher_issued',
  },
  {
    application_id: 9003,
    number: 'KG.2025.000103.1',
    child_name: 'Мамытов Эмир Нурланович',
    child_personal_number: '20102202211111',
    birth_date: '2022-02-01',
    benefit_code: 'orphan',
    district: 'Сокулукский район',
    status: 'enrolled',
  },
]

function amount(c: Child, date: string): number | null {
  const row = AMOUNTS[c.benefit_code]
  if (!row || date < START) return null
  const base = date >= RAISE ? row[1] : row[0]
  return c.district === 'Ысык-Атинский район' ? Math.round(base * 1.15) : base
}

function checkedDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw { code: 'invalid_input', detail: `${date}: not a date`, args: { reason: 'date' } } satisfies ApiError
  }
  return date
}

export class FakeVouchers {
  /** Paths "saved" by exports, in order. */
  exports: string[] = []

  registry(date: string): VoucherRegistry {
    const on = checkedDate(date)
    return {
      date: on,
      kindergartens: structuredClone(KINDERGARTENS.filter((k) => k.since <= on)),
      children: VOUCHER_CHILDREN.map((c) => ({ ...c, amount: amount(c, on) })),
    }
  }

  export(date: string): string {
    const path = `${FAKE_DOWNLOADS}/kezek-vouchers-${checkedDate(date)}.xlsx`
    this.exports.push(path)
    return path
  }
}
