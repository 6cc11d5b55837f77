//! The "place in the queue" section as lines of text: the number, what counts, who is ahead
//! and why, and how the number changed.

import type { QueueExplanation } from '../generated/QueueExplanation'
import { formatDateTime } from '../format/dates'
import type { MessageArgs } from '../i18n'

type T = (id: string, args?: MessageArgs) => string

export function queueLines(x: QueueExplanation, t: T): string[] {
  const lines = [
    t('queue-place', { position: x.position, size: x.queue_size }),
    t('queue-counted-benefit', { kind: t(`benefit-kind-${x.counted_benefit}`) }),
  ]
  if (x.unverified_benefit) {
    lines.push(t('queue-unverified-benefit', { kind: t(`benefit-kind-${x.unverified_benefit}`) }))
  }
  lines.push(
    t('queue-ahead-benefit', { count: x.ahead_by_benefit }),
    t('queue-ahead-time', { count: x.ahead_by_time }),
  )
  if (x.ahead_by_number > 0) lines.push(t('queue-ahead-number', { count: x.ahead_by_number }))
  return lines
}

export function changeLines(x: QueueExplanation, t: T): string[] {
  return x.changes.map((c) =>
    t('queue-change', {
      at: formatDateTime(c.at),
      before: c.before,
      after: c.after,
      left: c.ahead_left,
      joined: c.ahead_joined,
    }),
  )
}
