//! Who may do what with the commission (docs/commission.md, "Who may do what"): its secretary
//! keeps the roster, reviews and sends protocols; its chairman signs or returns them; its members
//! read. Nobody signed in (the embedded demo) may do everything.

export interface CommissionAccess {
  /** The commission's sections are in the navigation. */
  visible: boolean
  secretary: boolean
  chairman: boolean
}

const ROLES = ['commission_secretary', 'commission_chairman', 'commission_member']

export function commissionAccess(role: string | null | undefined): CommissionAccess {
  if (role == null) return { visible: true, secretary: true, chairman: true }
  return {
    visible: ROLES.includes(role),
    secretary: role === 'commission_secretary',
    chairman: role === 'commission_chairman',
  }
}
