//! Which screen is open. The app has few enough screens for a tagged union instead of a router.

export type Section =
  | 'journal'
  | 'intake'
  | 'review'
  | 'commission'
  | 'protocols'
  | 'meals'
  | 'vouchers'
  | 'keys'
  | 'users'
  | 'feedback'
  | 'settings'

export type Screen =
  | { name: 'journal' }
  | { name: 'card'; id: number }
  /** Office intake of voucher applications (operators, commission secretaries, the demo). */
  | { name: 'intake' }
  | { name: 'review' }
  | { name: 'review-form'; applicationId: number }
  | { name: 'commission' }
  | { name: 'protocols' }
  /** A protocol, opened from the review (after "save") or from the protocols' list. */
  | { name: 'protocol'; uid: string; from: 'review' | 'protocols' }
  | { name: 'meals' }
  | { name: 'vouchers' }
  | { name: 'keys' }
  | { name: 'users' }
  | { name: 'feedback' }
  | { name: 'settings' }

/** The navigation entry a screen belongs to (a card belongs to the journal). */
export function sectionOf(screen: Screen): Section {
  switch (screen.name) {
    case 'card':
      return 'journal'
    case 'review-form':
      return 'review'
    case 'protocol':
      return screen.from
    default:
      return screen.name
  }
}

/** The commission's sections (seed 000), shown to its members and in the demo. */
export const COMMISSION_SECTIONS: readonly Section[] = ['review', 'commission', 'protocols', 'meals', 'vouchers']
