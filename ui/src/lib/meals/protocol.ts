//! The meals form's own checks and formats: the protocol file is read and checked here (a PDF of
//! at most 5 MB, as the store and the server check it again) before its bytes are sent, and
//! amounts in tyiyn are shown as som.

/** The store's and the server's limit (crates/sync/src/meal.rs `MAX_PDF_BYTES`). */
export const MAX_PDF_BYTES = 5 * 1024 * 1024
/** The limit in the unit the message shows. */
export const MAX_PDF_MB = MAX_PDF_BYTES / (1024 * 1024)

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"

/** The picked protocol: its bytes, or the `meals-error-<reason>` it is refused for. */
export type PickedProtocol = { name: string; bytes: Uint8Array } | { name: string; problem: string }

/** Reads the file picked in `input` (null: none picked). The size is checked before reading. */
export async function readProtocol(input: HTMLInputElement | null): Promise<PickedProtocol | null> {
  const file = input?.files?.[0]
  if (!file) return null
  if (file.size === 0) return { name: file.name, problem: 'pdf_required' }
  if (file.size > MAX_PDF_BYTES) return { name: file.name, problem: 'pdf_too_large' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const problem = pdfProblem(bytes)
  return problem ? { name: file.name, problem } : { name: file.name, bytes }
}

/** Why `bytes` cannot be the protocol (the Rust `pdf_problem`), or null. */
export function pdfProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'pdf_required'
  if (bytes.length > MAX_PDF_BYTES) return 'pdf_too_large'
  if (!PDF_MAGIC.every((b, i) => bytes[i] === b)) return 'pdf_not_pdf'
  return null
}

/** Tyiyn as som: "125" for whole som, "125,50" otherwise, thousands grouped ("1 200,05"). */
export function formatTyiyn(tyiyn: number): string {
  const whole = String(Math.floor(tyiyn / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
  const rest = tyiyn % 100
  return rest === 0 ? whole : `${whole},${String(rest).padStart(2, '0')}`
}

/** The amount as the form shows it for editing (no grouping: the API parses it back). */
export function amountText(tyiyn: number): string {
  return formatTyiyn(tyiyn).replace(/\u00a0/g, '')
}
