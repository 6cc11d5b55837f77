//! How a certificate's owner and dates are shown.

import type { CertificateInfo } from '../generated/CertificateInfo'

/** The common name, else "Surname Given", else the whole subject. */
export function ownerOf(c: CertificateInfo): string {
  if (c.common_name) return c.common_name
  const parts = [c.surname, c.given_name].filter((p): p is string => !!p)
  return parts.length ? parts.join(' ') : c.subject
}
