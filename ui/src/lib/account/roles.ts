//! Labels of the server's roles and scope kinds (the ids of account.ftl).

import { t } from '../i18n'

export function roleLabel(role: string): string {
  return t(`role-${role}`)
}

export function scopeKindLabel(kind: string): string {
  return t(`scope-kind-${kind}`)
}

/** "Актюбинская область › Актобе", or the kind's label for a scope with no names (system). */
export function scopeLabel(kind: string, names: string[]): string {
  return names.length ? names.join(' › ') : scopeKindLabel(kind)
}
