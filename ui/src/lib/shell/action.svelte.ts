//! A screen's one-at-a-time action: busy while it runs, its error (translated by the screen) or
//! its notice afterwards. Screens that import, add or check things share this instead of each
//! keeping three flags and a try/catch.

import { toApiError } from '../backend'
import type { ApiError } from '../generated/ApiError'

export class Action {
  busy = $state(false)
  error = $state<ApiError | null>(null)
  notice = $state('')

  /** Runs `work`, clearing the last error and notice first; a rejection becomes `error`. */
  async run(work: () => Promise<void>): Promise<void> {
    this.busy = true
    this.error = null
    this.notice = ''
    try {
      await work()
    } catch (e) {
      this.error = toApiError(e)
    } finally {
      this.busy = false
    }
  }
}
