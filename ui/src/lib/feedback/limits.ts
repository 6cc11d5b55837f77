//! The limits of a feedback message (`kezek_sync::feedback`; the API and the server check them
//! again).

export const MAX_MESSAGE_CHARS = 4000
export const MAX_SUBJECT_CHARS = 200

/** Characters as people count them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length
}
