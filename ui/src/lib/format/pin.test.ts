import { describe, expect, it } from 'vitest'
import { birthDateFromPin } from './pin'

describe('birth dates from personal numbers', () => {
  it('reads a Kyrgyz PIN (sex, then DDMMYYYY)', () => {
    expect(birthDateFromPin('21503198500123')).toBe('1985-03-15')
    expect(birthDateFromPin('13112199000456')).toBe('1990-12-31')
  })

  it('reads a Kazakh IIN (YYMMDD, the century from the 7th digit)', () => {
    expect(birthDateFromPin('930818400123')).toBe('1993-08-18')
    expect(birthDateFromPin('050101500123')).toBe('2005-01-01')
  })

  it('gives nothing for a partial or impossible number', () => {
    expect(birthDateFromPin('2150319850')).toBeNull()
    expect(birthDateFromPin('23102198500123')).toBeNull() // 31 February
    expect(birthDateFromPin('31503198500123')).toBeNull() // no such sex digit
    expect(birthDateFromPin('930818000123')).toBeNull() // no such century
  })
})
