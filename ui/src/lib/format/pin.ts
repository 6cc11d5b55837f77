//! Birth dates read from personal numbers, as the server derives them: a Kyrgyz PIN (14 digits:
//! the sex, then DDMMYYYY) or a Kazakh IIN (12 digits: YYMMDD, the century from the 7th digit).

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(year, 4)}-${p(month)}-${p(day)}`
}

/** `YYYY-MM-DD`, or null while `pin` is not a whole, valid PIN/IIN. */
export function birthDateFromPin(pin: string): string | null {
  const s = pin.trim()
  if (/^[12]\d{13}$/.test(s)) {
    return isoDate(Number(s.slice(5, 9)), Number(s.slice(3, 5)), Number(s.slice(1, 3)))
  }
  if (/^\d{12}$/.test(s)) {
    const century = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 }[s[6]]
    if (century === undefined) return null
    return isoDate(century + Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6)))
  }
  return null
}
