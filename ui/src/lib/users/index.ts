//! Public module of user administration (administrators, online).

export { default as UsersScreen } from './UsersScreen.svelte'
export { scopeKindsOf, scopeOptions, type ScopeOption } from './scope'
