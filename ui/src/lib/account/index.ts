//! Public module of the account feature: signing in, the lock, the signed-in user.

export { AccountState, EMBEDDED_STATUS } from './account.svelte'
export { maybeAccount, provideAccount, useAccount } from './context'
export { watchInactivity, ACTIVITY_EVENTS } from './inactivity'
export { roleLabel, scopeKindLabel, scopeLabel } from './roles'
export { default as LoginScreen } from './LoginScreen.svelte'
export { default as LockScreen } from './LockScreen.svelte'
export { default as UserBadge } from './UserBadge.svelte'
export { default as ServerSettings } from './ServerSettings.svelte'
