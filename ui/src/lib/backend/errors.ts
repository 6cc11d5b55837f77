//! Every rejected backend call carries an `ApiError`; anything else (a bug, a missing
//! command) is wrapped as `internal` so the screens handle one shape only.

import type { ApiError } from '../generated/ApiError'
import type { ErrorCode } from '../generated/ErrorCode'

const CODES: readonly ErrorCode[] = [
  'database_too_new',
  'data_dir',
  'not_found',
  'invalid_input',
  'not_empty',
  'storage',
  'internal',
]

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
