// Settings → change of password over the fake backend: only when signed in; the repeat and the
// length checked before asking; the current password refused by the "server"; offline said so;
// done, the new password unlocks.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { i18n } from '../i18n'

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

function fill(root: HTMLElement, current: string, next: string, repeat: string) {
  type(q(root, 'password-current'), current)
  type(q(root, 'password-new'), next)
  type(q(root, 'password-repeat'), repeat)
  q(root, 'password-submit')!.click()
  flushSync()
}

async function openSettings(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-settings')).not.toBeNull())
  q(root, 'nav-settings')!.click()
  flushSync()
  return root
}

const changes = (fake: FakeBackend) => fake.calls.filter(([c]) => c === 'change_password')

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
  vi.restoreAllMocks()
})

describe('change of password', () => {
  it('is not offered without an account', async () => {
    const root = await openSettings(new FakeBackend(10))
    await vi.waitFor(() => expect(q(root, 'settings-language')).not.toBeNull())
    expect(q(root, 'password-current')).toBeNull()
  })

  it('checks the repeat and the length before asking the server', async () => {
    const fake = new FakeBackend(10).signedIn('secretary')
    const root = await openSettings(fake)
    await vi.waitFor(() => expect(q(root, 'password-current')).not.toBeNull())
    fill(root, 'secret', 'new-password-1', 'new-password-2')
    expect(q(root, 'password-error')?.textContent).toContain('не совпадают')
    fill(root, 'secret', 'short', 'short')
    expect(q(root, 'password-error')?.textContent).toContain('не короче 8')
    fill(root, '', 'new-password-1', 'new-password-1')
    expect(q(root, 'password-error')?.textContent).toContain('текущий пароль')
    expect(changes(fake)).toHaveLength(0)
  })

  it('says when the current password is wrong, and when the server is out of reach', async () => {
    const fake = new FakeBackend(10).signedIn('secretary')
    const root = await openSettings(fake)
    await vi.waitFor(() => expect(q(root, 'password-current')).not.toBeNull())
    fill(root, 'not-it', 'new-password-1', 'new-password-1')
    await vi.waitFor(() => expect(q(root, 'password-error')?.dataset.code).toBe('wrong_password'))
    expect(q(root, 'password-error')?.textContent).toContain('Текущий пароль указан неверно')
    fake.serverOnline = false
    fill(root, 'secret', 'new-password-1', 'new-password-1')
    await vi.waitFor(() => expect(q(root, 'password-error')?.dataset.code).toBe('server_unreachable'))
    expect(q(root, 'password-error')?.textContent).toContain('только при связи с сервером')
    expect(fake.serverPassword).toBe('secret')
  })

  it('changes it, clears the form, and the new password unlocks', async () => {
    const fake = new FakeBackend(10).signedIn('secretary')
    const root = await openSettings(fake)
    await vi.waitFor(() => expect(q(root, 'password-current')).not.toBeNull())
    fill(root, 'secret', 'new-password-1', 'new-password-1')
    await vi.waitFor(() => expect(q(root, 'password-done')).not.toBeNull())
    expect(q(root, 'password-done')?.textContent).toBe('Пароль изменён.')
    expect(q(root, 'password-error')).toBeNull()
    expect((q(root, 'password-current') as HTMLInputElement).value).toBe('')
    expect(changes(fake)).toHaveLength(1)
    await expect(fake.unlock('secret')).rejects.toMatchObject({ code: 'wrong_password' })
    await expect(fake.unlock('new-password-1')).resolves.toMatchObject({ mode: 'unlocked' })
  })

  it('speaks the interface language', async () => {
    const fake = new FakeBackend(10).signedIn('secretary')
    const root = await openSettings(fake)
    await vi.waitFor(() => expect(q(root, 'password-current')).not.toBeNull())
    i18n.setLanguage('kk')
    flushSync()
    expect(q(root, 'password-submit')?.textContent).toBe('Құпиясөзді ауыстыру')
  })
})
