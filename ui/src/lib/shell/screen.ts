//! Which screen is open. The app has few enough screens for a tagged union instead of a router.

export type Section = 'journal' | 'keys' | 'users' | 'settings'

export type Screen =
  | { name: 'journal' }
  | { name: 'card'; id: number }
  | { name: 'keys' }
  | { name: 'users' }
  | { name: 'settings' }

/** The navigation entry a screen belongs to (a card belongs to the journal). */
export function sectionOf(screen: Screen): Section {
  return screen.name === 'card' ? 'journal' : screen.name
}
