//! Only the latest request's answer counts: an older answer arriving late (a slow page after a
//! fast search) must never replace what the operator asked for last.

export class LatestOnly {
  private issued = 0

  /** A ticket for a new request; it makes every earlier ticket stale. */
  next(): number {
    return ++this.issued
  }

  isLatest(ticket: number): boolean {
    return ticket === this.issued
  }
}
