//! Labels of the commission's codes. Benefits, statuses and document kinds reuse the domain's
//! ids (domain.ftl); a code the locales do not know yet shows as itself.

import { t, translator } from '../i18n'

function labelOr(id: string, code: string): string {
  return translator.has('ru', id) ? t(id) : code
}

export const memberRoleLabel = (role: string) => labelOr(`commission-role-${role}`, role)
export const protocolStateLabel = (state: string) => labelOr(`protocol-state-${state}`, state)
export const decisionLabel = (decision: string) => labelOr(`commission-decision-${decision}`, decision)
export const benefitLabel = (code: string) => labelOr(`benefit-${code}`, code)
export const documentLabel = (code: string) => labelOr(`document-kind-${code}`, code)
export const statusLabel = (status: string) => labelOr(`status-${status}`, status)

/** The message of a refusal with a commission `reason` (commission.ftl), if there is one. */
export function commissionErrorId(reason: string | undefined): string | null {
  const id = reason ? `commission-error-${reason}` : null
  return id && translator.has('ru', id) ? id : null
}
