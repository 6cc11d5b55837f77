//! Dates as the seeds show them: `DD.MM.YYYY` and `DD.MM.YYYY HH:MM:SS`. The backend sends
//! chrono's ISO text (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[.fff]`), local office time, so no
//! time-zone conversion happens here.

const DATE = /^(\d{4})-(\d{2})-(\d{2})/
const TIME = /[T ](\d{2}):(\d{2})(?::(\d{2}))?/

/** `2018-07-30` or `2018-07-30T21:35:14` → `30.07.2018`; empty for null; unknown text as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = DATE.exec(iso)
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso
}

/** `2018-07-30T21:35:14.123` → `30.07.2018 21:35:14`; a bare date gets no time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = formatDate(iso)
  if (date === iso) return iso
  const t = TIME.exec(iso.slice(10))
  return t ? `${date} ${t[1]}:${t[2]}:${t[3] ?? '00'}` : date
}

/** An instant (`2026-11-23T08:55:15Z`, UTC from the backend) in this computer's local time,
 *  as `DD.MM.YYYY HH:MM:SS`. Signing times are instants, not office-local date-times. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
