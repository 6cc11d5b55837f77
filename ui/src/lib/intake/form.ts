//! The intake form as the screen keeps it (strings as typed, selections as ids), what it sends
//! (the shared form's JSON, blanks as null), and field errors in words.

import type { IntakeFieldError } from '../generated/IntakeFieldError'
import type { IntakeForm } from '../generated/IntakeForm'
import { t } from '../i18n'

export interface IntakeDraft {
  childPin: string
  childSurname: string
  childGiven: string
  childPatronymic: string
  relation: string
  parentPin: string
  parentSurname: string
  parentGiven: string
  parentPatronymic: string
  passportSeries: string
  passportNumber: string
  passportIssuedBy: string
  /** YYYY-MM-DD (a date input). */
  passportIssuedOn: string
  regionId: number | null
  districtId: number | null
  streetId: number | null
  house: string
  flat: string
  phone: string
  email: string
  benefitCode: string
  language: string
  consent: boolean
}

/** The parent's relation to the child (kezek_domain::intake::RELATIONS). */
export const RELATIONS = ['father', 'mother', 'guardian'] as const
/** The languages an application may be kept in. */
export const APPLICATION_LANGUAGES = ['ru', 'kk', 'ky', 'en'] as const

export function emptyDraft(language: string): IntakeDraft {
  return {
    childPin: '',
    childSurname: '',
    childGiven: '',
    childPatronymic: '',
    relation: '',
    parentPin: '',
    parentSurname: '',
    parentGiven: '',
    parentPatronymic: '',
    passportSeries: '',
    passportNumber: '',
    passportIssuedBy: '',
    passportIssuedOn: '',
    regionId: null,
    districtId: null,
    streetId: null,
    house: '',
    flat: '',
    phone: '',
    email: '',
    benefitCode: '',
    language,
    consent: false,
  }
}

/** A new form after a queued one: the place and the language stay (the office's own). */
export function nextDraft(done: IntakeDraft): IntakeDraft {
  return { ...emptyDraft(done.language), regionId: done.regionId, districtId: done.districtId }
}

function text(value: string): string | null {
  return value.trim() ? value : null
}

/** What goes to the backend: the form's JSON (the shared form's); blanks are null. */
export function toForm(d: IntakeDraft): IntakeForm {
  return {
    email: text(d.email),
    language: text(d.language),
    child: {
      personal_number: text(d.childPin),
      surname: text(d.childSurname),
      given_name: text(d.childGiven),
      patronymic: text(d.childPatronymic),
    },
    parent: {
      relation: text(d.relation),
      personal_number: text(d.parentPin),
      surname: text(d.parentSurname),
      given_name: text(d.parentGiven),
      patronymic: text(d.parentPatronymic),
      passport: {
        series: text(d.passportSeries),
        number: text(d.passportNumber),
        issued_by: text(d.passportIssuedBy),
        issued_on: text(d.passportIssuedOn),
      },
    },
    address: {
      district_id: d.districtId,
      street_id: d.streetId,
      street: null,
      house: text(d.house),
      flat: text(d.flat),
    },
    phone: text(d.phone),
    benefit_code: text(d.benefitCode),
    consent: d.consent,
  }
}

/** A dotted field path as a locale id part: `child.personal_number` → `child-personal_number`. */
function idPart(field: string): string {
  return field.replaceAll('.', '-')
}

/** The field's name, as the summary lists it. */
export function fieldLabel(field: string): string {
  const id = `office-intake-field-${idPart(field)}`
  const label = t(id)
  return label === id ? field : label
}

/** Why a field failed: a message of the field and reason when there is one (an unknown street
 *  says where streets come from), else of the reason, else the code. */
export function reasonText(e: IntakeFieldError): string {
  for (const id of [`office-intake-error-${idPart(e.field)}-${e.reason}`, `office-intake-error-${e.reason}`]) {
    const text = t(id)
    if (text !== id) return text
  }
  return t('office-intake-error-other', { reason: e.reason })
}
