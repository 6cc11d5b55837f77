//! Public module of the voucher registry (seed 000, §IV "Ваучер"): the pilot's kindergartens and
//! the children receiving voucher funding, exported to Excel or printed.

export { default as VouchersScreen } from './VouchersScreen.svelte'
export { formatSom, localToday, monthlyTotal } from './registry'
