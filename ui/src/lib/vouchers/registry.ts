//! Small helpers of the voucher registry screen: today's date, som amounts, the month's total.

import type { VoucherRegistry } from '../generated/VoucherRegistry'

/** Today in the office's time zone, as "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole som with thin groups of thousands ("12 500"). */
export function formatSom(amount: number): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
}

/** What the vouchers of the registry pay a month (children without an amount count nothing). */
export function monthlyTotal(registry: VoucherRegistry): number {
  return registry.children.reduce((sum, c) => sum + (c.amount ?? 0), 0)
}
