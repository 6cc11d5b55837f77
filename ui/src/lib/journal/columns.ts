//! How each journal column is labelled and rendered.

import type { JournalRow } from '../generated/JournalRow'
import type { SortColumn } from '../generated/SortColumn'
import { formatDate } from '../format/dates'
import type { MessageArgs } from '../i18n'

type T = (id: string, args?: MessageArgs) => string

const LABELS: Record<SortColumn, string> = {
  number: 'journal-col-number',
  child_name: 'journal-col-child-name',
  child_number: 'journal-col-child-number',
  queue_position: 'journal-col-queue-position',
  applicant_name: 'journal-col-applicant-name',
  registered_at: 'journal-col-registered-at',
  status: 'journal-col-status',
  benefit_category: 'journal-col-benefit',
  birth_date: 'journal-col-birth-date',
}

export function columnLabelId(column: SortColumn): string {
  return LABELS[column]
}

/** The text of one cell, translated where the value is a code. */
export function cellText(row: JournalRow, column: SortColumn, t: T): string {
  switch (column) {
    case 'queue_position':
      return row.queue_position == null ? t('common-not-set') : String(row.queue_position)
    case 'registered_at':
      return formatDate(row.registered_at)
    case 'birth_date':
      return formatDate(row.birth_date)
    case 'status':
      return t(`status-${row.status}`)
    case 'benefit_category':
      return t(`benefit-${row.benefit_category}`)
    default:
      return row[column]
  }
}
