//! Feedback in the in-memory fake (Vitest only): the API's checks (a message of at most 4000
//! characters, a subject of at most 200), `pending` until a sync delivers it when signed in,
//! `kept` without a server. Refusals are `invalid_input` with `args.reason` (see feedback.ftl).

import type { AccountUser } from '../generated/AccountUser'
import type { ApiError } from '../generated/ApiError'
import type { FeedbackEntry } from '../generated/FeedbackEntry'

const MAX_MESSAGE_CHARS = 4000
const MAX_SUBJECT_CHARS = 200

/** What the feedback reads from the rest of the fake. */
export interface FeedbackHost {
  user(): AccountUser | null
}

function refused(reason: string, max?: number): ApiError {
  const args: Record<string, string> = { reason }
  if (max !== undefined) args.max = String(max)
  return { code: 'invalid_input', detail: reason, args }
}

export class FakeFeedback {
  entries: FeedbackEntry[] = []

  constructor(private host: FeedbackHost) {}

  list(): FeedbackEntry[] {
    return structuredClone([...this.entries].reverse())
  }

  send(subject: string | null, message: string, toServer: boolean): FeedbackEntry {
    const text = message.trim()
    const topic = subject?.trim() || null
    if (!text) throw refused('message_required')
    if ([...text].length > MAX_MESSAGE_CHARS) throw refused('message_too_long', MAX_MESSAGE_CHARS)
    if (topic && [...topic].length > MAX_SUBJECT_CHARS) throw refused('subject_too_long', MAX_SUBJECT_CHARS)
    const n = this.entries.length + 1
    const entry: FeedbackEntry = {
      id: n,
      uid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      subject: topic,
      message: text,
      app_version: '0.1.0',
      written_at: `2026-11-23T10:${String(n % 60).padStart(2, '0')}:00Z`,
      written_by: this.host.user()?.login ?? 'operator',
      state: toServer ? 'pending' : 'kept',
      reason_code: null,
    }
    this.entries.push(entry)
    return structuredClone(entry)
  }

  pending(): number {
    return this.entries.filter((e) => e.state === 'pending').length
  }

  /** A sync delivers every pending message. */
  synced(): void {
    for (const e of this.entries) if (e.state === 'pending') e.state = 'delivered'
  }
}
