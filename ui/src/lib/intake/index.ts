//! Public module of office intake (seed 001's voucher application, typed in at the office on a
//! parent's behalf): the form, the intakes waiting for or answered by the server.

export { default as IntakeScreen } from './IntakeScreen.svelte'
export { intakeAllowed } from './access'
