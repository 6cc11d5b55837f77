//! Hands the account state to components through Svelte context (set once by App).

import { getContext, setContext } from 'svelte'
import type { AccountState } from './account.svelte'

const KEY = Symbol('account')

export function provideAccount(account: AccountState): void {
  setContext(KEY, account)
}

export function useAccount(): AccountState {
  const account = getContext<AccountState | undefined>(KEY)
  if (!account) throw new Error('no AccountState in context: App must provide one')
  return account
}

/** The account state when App provides one (undefined for a screen rendered alone in a test). */
export function maybeAccount(): AccountState | undefined {
  return getContext<AccountState | undefined>(KEY)
}
