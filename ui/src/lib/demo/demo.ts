//! The first-start demo offer: the count the operator typed, and the progress bar's numbers.

import type { DemoProgress } from '../generated/DemoProgress'

export const DEFAULT_DEMO_COUNT = 10_000
/** The app's upper bound (the API's MAX_DEMO_APPLICATIONS_IN_APP); the CLI has none. */
export const MAX_DEMO_COUNT = 200_000

/** A whole number in 1..MAX_DEMO_COUNT, or null (spaces as thousands separators are fine). */
export function parseDemoCount(text: string | number): number | null {
  const s = String(text).replace(/[\s\u00a0]/g, '')
  if (!/^\d+$/.test(s)) return null
  const n = Number(s)
  return n >= 1 && n <= MAX_DEMO_COUNT ? n : null
}

/** 0..100, whole. */
export function progressPercent(p: DemoProgress | null): number {
  if (!p || p.total <= 0) return 0
  return Math.min(100, Math.max(0, Math.floor((p.done * 100) / p.total)))
}
