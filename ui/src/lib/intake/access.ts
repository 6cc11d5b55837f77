//! Who takes applications at the office (crates/api/src/intake.rs): operators and commission
//! secretaries; nobody signed in (the embedded demo) too.

const ROLES = ['operator', 'commission_secretary']

export function intakeAllowed(role: string | null | undefined): boolean {
  return role == null || ROLES.includes(role)
}
