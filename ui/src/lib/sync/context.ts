//! The app's one SyncState, shared by the header and the screens that show synced data.

import { getContext, setContext } from 'svelte'
import type { SyncState } from './sync.svelte'

const KEY = Symbol('sync')

export function provideSync(sync: SyncState): void {
  setContext(KEY, sync)
}

/** The app's sync state; undefined outside the app (e.g. a screen tested alone). */
export function useSync(): SyncState | undefined {
  return getContext<SyncState | undefined>(KEY)
}
