//! The sync state the header shows: the backend's status, a run's progress, its error. A run
//! starts on demand ("Sync now"), right after signing in or unlocking, and every few minutes in
//! the background while the app is unlocked.

import { toApiError, type Backend } from '../backend'
import type { ApiError } from '../generated/ApiError'
import type { SyncDone } from '../generated/SyncDone'
import type { SyncStatus } from '../generated/SyncStatus'
import type { SyncStep } from '../generated/SyncStep'

/** Minutes between background runs. */
export const BACKGROUND_MINUTES = 5

export class SyncState {
  status = $state<SyncStatus | null>(null)
  running = $state(false)
  step = $state<SyncStep | null>(null)
  error = $state<ApiError | null>(null)
  lastDone = $state<SyncDone | null>(null)
  /** Bumped after every completed run: screens showing synced data reload on it. */
  generation = $state(0)
  private backend: Backend

  constructor(backend: Backend) {
    this.backend = backend
  }

  async refresh(): Promise<void> {
    try {
      this.status = await this.backend.syncStatus()
    } catch (e) {
      this.error = toApiError(e)
    }
  }

  /** One run; a second call while one runs does nothing. Errors stay in `error`. */
  async syncNow(): Promise<void> {
    if (this.running) return
    this.running = true
    this.error = null
    this.step = null
    try {
      this.lastDone = await this.backend.syncNow((s) => (this.step = s))
      this.generation++
    } catch (e) {
      this.error = toApiError(e)
    } finally {
      this.running = false
      this.step = null
      await this.refresh()
    }
  }

  /** Runs now and then every `minutes`; returns the stop function (for an `$effect`). */
  background(minutes = BACKGROUND_MINUTES): () => void {
    void this.syncNow()
    const timer = setInterval(() => void this.syncNow(), minutes * 60_000)
    return () => clearInterval(timer)
  }
}
