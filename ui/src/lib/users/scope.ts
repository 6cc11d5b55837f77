//! The new-user form's scope choices: the units of the kind a role takes, named with their path.

import type { ServerReference } from '../generated/ServerReference'
import type { ServerUnit } from '../generated/ServerUnit'

export interface ScopeOption {
  /** The unit's id; null for the system scope. */
  id: number | null
  label: string
}

/** The kinds of scope `role` may be given (empty for an unknown role). */
export function scopeKindsOf(reference: ServerReference, role: string): string[] {
  return reference.roles.find((r) => r.role === role)?.scope_kinds ?? []
}

function byId(list: ServerUnit[], id: number | null): ServerUnit | undefined {
  return id == null ? undefined : list.find((u) => u.id === id)
}

/** The units a scope of `kind` may name, labelled "Region › District › Unit". */
export function scopeOptions(reference: ServerReference, kind: string): ScopeOption[] {
  const districtPath = (d: ServerUnit) =>
    [byId(reference.regions, d.parent_id)?.name, d.name].filter(Boolean).join(' › ')
  const unitPath = (u: ServerUnit) => {
    const d = byId(reference.districts, u.parent_id)
    return [d ? districtPath(d) : undefined, u.name].filter(Boolean).join(' › ')
  }
  switch (kind) {
    case 'system':
      return [{ id: null, label: '' }]
    case 'region':
      return reference.regions.map((r) => ({ id: r.id, label: r.name }))
    case 'district':
      return reference.districts.map((d) => ({ id: d.id, label: districtPath(d) }))
    case 'commission':
      return reference.commissions.map((c) => ({ id: c.id, label: unitPath(c) }))
    case 'kindergarten':
      return reference.kindergartens.map((k) => ({ id: k.id, label: unitPath(k) }))
    default:
      return []
  }
}
