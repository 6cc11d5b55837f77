//! Where the app stands with accounts, as reactive state: the status the backend answers after
//! each account action. The lock state itself lives in the backend; this mirrors it.

import type { Backend } from '../backend'
import type { AccountMode } from '../generated/AccountMode'
import type { AccountStatus } from '../generated/AccountStatus'

export const EMBEDDED_STATUS: AccountStatus = {
  mode: 'embedded',
  server_url: null,
  user: null,
  lock_minutes: 15,
}

export class AccountState {
  status = $state<AccountStatus>(EMBEDDED_STATUS)
  private backend: Backend

  constructor(backend: Backend) {
    this.backend = backend
  }

  get mode(): AccountMode {
    return this.status.mode
  }

  get isAdministrator(): boolean {
    return this.status.mode === 'unlocked' && this.status.user?.role === 'administrator'
  }

  /** Only the sign-in or lock screen may show. */
  get gated(): boolean {
    return this.status.mode === 'signed_out' || this.status.mode === 'locked'
  }

  async login(url: string, login: string, password: string): Promise<void> {
    this.status = await this.backend.login(url, login, password)
  }

  async unlock(password: string): Promise<void> {
    this.status = await this.backend.unlock(password)
  }

  async lock(): Promise<void> {
    this.status = await this.backend.lock()
  }

  async logout(): Promise<void> {
    this.status = await this.backend.logout()
  }

  async setServerUrl(url: string | null): Promise<void> {
    this.status = await this.backend.setServerUrl(url)
  }

  async setLockMinutes(minutes: number): Promise<void> {
    this.status = await this.backend.setLockMinutes(minutes)
  }
}
