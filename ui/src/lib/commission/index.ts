//! Public module of the voucher commission (seed 000, docs/commission.md): the roster, the
//! review of voucher applications, the protocols and who may do what with them.

export { default as RosterScreen } from './RosterScreen.svelte'
export { default as ReviewList } from './ReviewList.svelte'
export { default as ReviewForm } from './ReviewForm.svelte'
export { default as ProtocolsScreen } from './ProtocolsScreen.svelte'
export { default as ProtocolPanel } from './ProtocolPanel.svelte'
export { commissionAccess, type CommissionAccess } from './access'
export { useCommissionAccess } from './account'
