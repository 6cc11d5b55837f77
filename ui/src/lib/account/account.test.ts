// Accounts in the whole app over the fake backend: no server means no gate; with a server the
// sign-in screen, the header's user, locking by hand and after inactivity, the lock screen's
// wrong-password count and wait, signing out, connecting from Settings.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { i18n } from '../i18n'
import { watchInactivity } from './inactivity'

let app: ReturnType<typeof mount> | null = null

function start(fake: FakeBackend): HTMLElement {
  const target = document.createElement('div')
  document.body.replaceChildren(target)
  app = mount(App, { target, props: { backend: fake } })
  flushSync()
  return target
}

const q = (root: HTMLElement, testid: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${testid}"]`)

function type(input: HTMLElement | null, value: string) {
  const el = input as HTMLInputElement
  el.value = value
  el.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('without a server', () => {
  it('opens the journal with no sign-in, no header and no users section', async () => {
    const fake = new FakeBackend(10)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'journal-table')).not.toBeNull())
    expect(q(root, 'login-screen')).toBeNull()
    expect(q(root, 'app-header')).toBeNull()
    expect(q(root, 'nav-users')).toBeNull()
  })

  it('connects to a server from Settings, then asks to sign in', async () => {
    const fake = new FakeBackend(10)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'nav-settings')).not.toBeNull())
    q(root, 'nav-settings')!.click()
    await vi.waitFor(() => expect(q(root, 'server-url')).not.toBeNull())
    type(q(root, 'server-url'), 'not an address')
    q(root, 'server-connect')!.click()
    await vi.waitFor(() => expect(q(root, 'server-error')).not.toBeNull())
    type(q(root, 'server-url'), 'https://kezek.example/')
    q(root, 'server-connect')!.click()
    await vi.waitFor(() => expect(q(root, 'login-screen')).not.toBeNull())
    expect((q(root, 'login-url') as HTMLInputElement).value).toBe('https://kezek.example')

    // …and back to working without a server, where it was.
    q(root, 'login-embedded')!.click()
    await vi.waitFor(() => expect(q(root, 'server-url')).not.toBeNull())
    expect(q(root, 'login-screen')).toBeNull()
  })
})

describe('with a server', () => {
  it('signs in, shows the user in the header, locks and unlocks with the password', async () => {
    const fake = new FakeBackend(10)
    await fake.setServerUrl('https://kezek.example')
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'login-screen')).not.toBeNull())
    expect(q(root, 'journal-table')).toBeNull()

    type(q(root, 'login-login'), 'operator')
    type(q(root, 'login-password'), 'wrong')
    q(root, 'login-submit')!.click()
    await vi.waitFor(() =>
      expect(q(root, 'login-error')?.textContent?.trim()).toBe('Неверный логин или пароль.'),
    )
    fake.serverOnline = false
    type(q(root, 'login-password'), fake.serverPassword)
    q(root, 'login-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'login-error')?.dataset.code).toBe('server_unreachable'))
    expect(q(root, 'login-error')?.textContent).toContain('https://kezek.example')
    fake.serverOnline = true
    q(root, 'login-submit')!.click()

    await vi.waitFor(() => expect(q(root, 'journal-table')).not.toBeNull())
    expect(q(root, 'account-user-name')?.textContent).toBe('Оператор Актобе')
    expect(q(root, 'account-user-role')?.textContent).toBe('Оператор · Актюбинская область › Актобе')
    expect(q(root, 'header-sync-slot')).not.toBeNull()
    expect(q(root, 'nav-users')).toBeNull()

    q(root, 'account-lock')!.click()
    await vi.waitFor(() => expect(q(root, 'lock-screen')).not.toBeNull())
    expect(q(root, 'journal-table')).toBeNull()
    expect(q(root, 'lock-user')?.textContent).toBe('Оператор Актобе (operator)')
    type(q(root, 'lock-password'), 'wrong')
    q(root, 'lock-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'lock-error')?.textContent?.trim()).toBe('Неверный пароль.'))
    expect(q(root, 'lock-remaining')?.textContent?.trim()).toBe(
      'Осталось 4 попытки, затем придётся подождать.',
    )
    type(q(root, 'lock-password'), fake.serverPassword)
    q(root, 'lock-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'journal-table')).not.toBeNull())
  })

  it('makes the sixth attempt wait, and says for how long', async () => {
    const fake = new FakeBackend(10).signedIn('operator', 'locked')
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'lock-screen')).not.toBeNull())
    // Each failure says what is left; the fifth says how long the next attempt waits.
    for (let i = 1; i <= 5; i++) {
      type(q(root, 'lock-password'), `wrong ${i}`)
      q(root, 'lock-submit')!.click()
      if (i < 5) {
        await vi.waitFor(() => expect(q(root, 'lock-remaining')?.textContent).toContain(String(5 - i)))
      }
    }
    await vi.waitFor(() => expect(q(root, 'lock-wait')?.textContent).toBe('Следующая попытка — через 30 с.'))
    expect(fake.failedUnlocks).toBe(5)
    type(q(root, 'lock-password'), fake.serverPassword)
    await vi.waitFor(() => expect((q(root, 'lock-submit') as HTMLButtonElement).disabled).toBe(false))
    q(root, 'lock-submit')!.click()
    await vi.waitFor(() =>
      expect(q(root, 'lock-error')?.textContent?.trim()).toBe(
        'Слишком много неудачных попыток. Повторите через 30 с.',
      ),
    )
    expect(q(root, 'lock-screen')).not.toBeNull()
  })

  it('signs out from the header to the sign-in screen', async () => {
    const fake = new FakeBackend(10).signedIn('operator')
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'account-logout')).not.toBeNull())
    q(root, 'account-logout')!.click()
    await vi.waitFor(() => expect(q(root, 'login-screen')).not.toBeNull())
    expect(fake.calls.some(([c]) => c === 'logout')).toBe(true)
  })

  it('locks by itself after the set minutes without input', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const fake = new FakeBackend(10).signedIn('operator')
    fake.accountValue.lock_minutes = 2
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'journal-table')).not.toBeNull())
    vi.advanceTimersByTime(90_000)
    window.dispatchEvent(new KeyboardEvent('keydown'))
    vi.advanceTimersByTime(90_000)
    expect(fake.calls.some(([c]) => c === 'lock')).toBe(false)
    vi.advanceTimersByTime(40_000)
    expect(fake.calls.some(([c]) => c === 'lock')).toBe(true)
    await vi.waitFor(() => expect(q(root, 'lock-screen')).not.toBeNull())
  })
})

describe('watchInactivity', () => {
  it('fires once after the minutes without activity and stops when asked', () => {
    vi.useFakeTimers()
    const target = new EventTarget()
    const idle = vi.fn()
    const stop = watchInactivity(target, 1, idle, () => Date.now(), 1000)
    vi.advanceTimersByTime(59_000)
    target.dispatchEvent(new Event('pointerdown'))
    vi.advanceTimersByTime(59_000)
    expect(idle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2_000)
    expect(idle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(120_000)
    expect(idle).toHaveBeenCalledTimes(1)
    stop()
  })
})
