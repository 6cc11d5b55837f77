import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatInstant } from './dates'

describe('formatDate', () => {
  it('turns an ISO date into DD.MM.YYYY', () => {
    expect(formatDate('2018-07-30')).toBe('30.07.2018')
    expect(formatDate('2011-09-09')).toBe('09.09.2011')
  })
  it('takes the date part of a date-time', () => {
    expect(formatDate('2018-07-31T00:05:00')).toBe('31.07.2018')
  })
  it('is empty for a missing value and leaves unknown text alone', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
    expect(formatDate('soon')).toBe('soon')
  })
})

describe('formatDateTime', () => {
  it('shows date and time with seconds like the seeds', () => {
    expect(formatDateTime('2018-07-30T21:35:14')).toBe('30.07.2018 21:35:14')
  })
  it('drops fractions of a second', () => {
    expect(formatDateTime('2018-07-30T21:35:14.123456')).toBe('30.07.2018 21:35:14')
  })
  it('adds zero seconds when they are absent', () => {
    expect(formatDateTime('2018-07-30T21:35')).toBe('30.07.2018 21:35:00')
  })
  it('shows a bare date without time', () => {
    expect(formatDateTime('2018-07-30')).toBe('30.07.2018')
  })
  it('is empty for null', () => {
    expect(formatDateTime(null)).toBe('')
  })
})

describe('formatInstant', () => {
  it('shows a UTC instant in local time', () => {
    const iso = '2026-11-23T08:55:15Z'
    const d = new Date(iso)
    const expected = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.2026 ${String(d.getHours()).padStart(2, '0')}:55:15`
    expect(formatInstant(iso)).toBe(expected)
    expect(formatInstant(null)).toBe('')
    expect(formatInstant('not a date')).toBe('not a date')
  })
})
