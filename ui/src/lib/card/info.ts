//! The Information tab as data: three sections of labelled values (seed 002's card, seed 004's
//! fields), every value already translated and formatted.

import type { ApplicationCard } from '../generated/ApplicationCard'
import { formatDate, formatDateTime } from '../format/dates'
import type { MessageArgs } from '../i18n'

type T = (id: string, args?: MessageArgs) => string

export interface InfoField {
  labelId: string
  value: string
  /** A test hook for fields the end-to-end tests read. */
  testid?: string
}

export interface InfoSection {
  titleId: string
  fields: InfoField[]
}

function orDash(value: string | null | undefined, t: T): string {
  return value == null || value === '' ? t('common-not-set') : value
}

function position(n: number | null, t: T): string {
  return n == null ? t('common-not-set') : String(n)
}

export function infoSections(card: ApplicationCard, t: T): InfoSection[] {
  const a = card.applicant
  const c = card.child
  const place = [card.region, card.district, card.locality].filter((p) => p).join(' / ')
  return [
    {
      titleId: 'card-section-applicant',
      fields: [
        { labelId: 'field-full-name', value: a.full_name },
        { labelId: 'field-personal-number', value: a.personal_number },
        { labelId: 'field-birth-date', value: formatDate(a.birth_date) },
        { labelId: 'field-relation', value: t(`relation-${a.relation}`) },
        { labelId: 'field-phone', value: orDash(a.phone, t) },
        { labelId: 'field-email', value: orDash(a.email, t) },
        { labelId: 'field-address', value: orDash(a.address, t) },
      ],
    },
    {
      titleId: 'card-section-child',
      fields: [
        { labelId: 'field-full-name', value: c.full_name },
        {
          labelId: 'field-personal-number',
          value: c.personal_number,
          testid: 'card-child-number',
        },
        { labelId: 'field-birth-date', value: formatDate(c.birth_date) },
        { labelId: 'field-sex', value: t(`sex-${c.sex}`) },
        { labelId: 'field-benefit', value: t(`benefit-${card.benefit_category}`) },
        {
          labelId: 'field-benefit-verified',
          value: t(card.benefit_verified ? 'common-yes' : 'common-no'),
        },
        { labelId: 'field-queue-position', value: position(card.queue_position, t) },
        {
          labelId: 'field-benefit-queue-position',
          value: position(card.benefit_queue_position, t),
        },
      ],
    },
    {
      titleId: 'card-section-application',
      fields: [
        { labelId: 'field-number', value: card.number },
        { labelId: 'field-registered-at', value: formatDateTime(card.registered_at) },
        { labelId: 'field-kind', value: t(`kind-${card.kind}`) },
        { labelId: 'field-channel', value: t(`channel-${card.channel}`) },
        { labelId: 'field-status', value: t(`status-${card.status}`) },
        { labelId: 'field-updated-at', value: formatDateTime(card.updated_at) },
        {
          labelId: 'field-in-queue-since',
          value: card.in_queue_since ? formatDateTime(card.in_queue_since) : t('common-not-set'),
        },
        { labelId: 'field-place', value: orDash(place, t) },
        { labelId: 'field-language', value: t(`language-${card.language}`) },
        { labelId: 'field-extra-email', value: orDash(card.extra_email, t) },
        { labelId: 'field-extra-phone', value: orDash(card.extra_phone, t) },
      ],
    },
  ]
}
