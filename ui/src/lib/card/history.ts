//! History rows in words: "field: before → after", with codes translated.

import type { FieldChange } from '../generated/FieldChange'
import type { MessageArgs } from '../i18n'

type T = (id: string, args?: MessageArgs) => string

/** Fields whose values are codes with their own messages. */
const CODED: Record<string, string> = {
  status: 'status',
  language: 'language',
  intake_state: 'office-intake-status',
}

export function changeValue(field: string, value: string | null, t: T): string {
  if (value == null || value === '') return t('common-not-set')
  if (field === 'benefit_verified' && (value === 'true' || value === 'false')) {
    return t(value === 'true' ? 'common-yes' : 'common-no')
  }
  const prefix = CODED[field]
  if (prefix) {
    const id = `${prefix}-${value}`
    const text = t(id)
    return text === id ? value : text
  }
  return value
}

export function describeChange(change: FieldChange, t: T): string {
  const fieldId = `history-field-${change.field}`
  const label = t(fieldId)
  return t('history-change', {
    field: label === fieldId ? change.field : label,
    before: changeValue(change.field, change.before, t),
    after: changeValue(change.field, change.after, t),
  })
}
