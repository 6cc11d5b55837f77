//! The commission's rights of whoever is signed in, read from the account (when App provides
//! one: a screen rendered alone in a test is the demo).

import { maybeAccount } from '../account'
import { commissionAccess, type CommissionAccess } from './access'

/** Call during component initialisation; the getter follows the account reactively. */
export function useCommissionAccess(): { readonly current: CommissionAccess } {
  const account = maybeAccount()
  return {
    get current() {
      return commissionAccess(account?.status.user?.role)
    },
  }
}
