//! Every rejected backend call carries an `ApiError`; anything else (a bug, a missing
//! command) is wrapped as `internal` so the screens handle one shape only.

import type { ApiError } from '../generated/ApiError'
import type { ErrorCode } from '../generated/ErrorCode'

// A record over the generated union: a new Rust error code fails type-checking until it is here.
const KNOWN: Record<ErrorCode, true> = {
  database_too_new: true,
  data_dir: true,
  not_found: true,
  invalid_input: true,
  not_empty: true,
  storage: true,
  internal: true,
  key_import: true,
  key_already_imported: true,
  certificate_refused: true,
  password_required: true,
  signing_failed: true,
  not_verifiable: true,
  keyring: true,
  document: true,
  wrong_password: true,
  too_many_attempts: true,
  account_disabled: true,
  server_unreachable: true,
  upgrade_needed: true,
  session_expired: true,
  server_error: true,
  sign_in_required: true,
  locked: true,
  forbidden: true,
  conflict: true,
}
const CODES = Object.keys(KNOWN) as readonly ErrorCode[]

export function isApiError(e: unknown): e is ApiError {
  if (typeof e !== 'object' || e === null) return false
  const o = e as Record<string, unknown>
  return (
    typeof o.code === 'string' &&
    (CODES as readonly string[]).includes(o.code) &&
    typeof o.detail === 'string'
  )
}

export function toApiError(e: unknown): ApiError {
  if (isApiError(e)) return { code: e.code, detail: e.detail, args: e.args ?? {} }
  const detail = e instanceof Error ? e.message : String(e)
  return { code: 'internal', detail, args: {} }
}

/** The Fluent message id and arguments that describe `e` to the user. */
export function errorMessage(e: ApiError): { id: string; args: Record<string, string> } {
  const args: Record<string, string> = {}
  for (const [k, v] of Object.entries(e.args ?? {})) if (v !== undefined) args[k] = v
  return { id: `error-${e.code}`, args: { ...args, detail: e.detail } }
}
