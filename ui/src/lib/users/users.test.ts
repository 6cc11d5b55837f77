// User administration over the fake backend: the section only for administrators, adding a
// user with the temporary password shown once, resetting, disabling, and the offline message.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend, FAKE_SERVER_REFERENCE } from '../backend/fake'
import { i18n } from '../i18n'
import { scopeOptions } from './scope'

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
const all = (root: HTMLElement, testid: string) =>
  [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)]

function type(input: HTMLElement | null, value: string) {
  const el = input as HTMLInputElement
  el.value = value
  el.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

function choose(select: HTMLElement | null, value: string) {
  const el = select as HTMLSelectElement
  el.value = value
  el.dispatchEvent(new Event('change', { bubbles: true }))
  flushSync()
}

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
  vi.restoreAllMocks()
})

async function openUsers(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-users')).not.toBeNull())
  q(root, 'nav-users')!.click()
  return root
}

describe('user administration', () => {
  it('is not in the navigation for other roles', async () => {
    const root = start(new FakeBackend(10).signedIn('operator'))
    await vi.waitFor(() => expect(q(root, 'journal-table')).not.toBeNull())
    expect(q(root, 'nav-users')).toBeNull()
  })

  it('adds a user and shows the temporary password once', async () => {
    const fake = new FakeBackend(10).signedIn('admin')
    const root = await openUsers(fake)
    await vi.waitFor(() => expect(all(root, 'user-row')).toHaveLength(1))
    type(q(root, 'new-user-login'), 'secretary')
    type(q(root, 'new-user-name'), 'Сейткали Айжан')
    choose(q(root, 'new-user-role'), 'commission_secretary')
    flushSync()
    expect(q(root, 'new-user-scope-kind')).toBeNull()
    choose(q(root, 'new-user-scope'), '100')
    q(root, 'new-user-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'users-password')?.textContent).toBe('Tmp-pass-0001'))
    expect(q(root, 'users-temporary-password')?.textContent).toContain('secretary')
    expect(fake.calls.find(([c]) => c === 'add_user')?.[1]).toEqual({
      login: 'secretary',
      full_name: 'Сейткали Айжан',
      personal_number: null,
      role: 'commission_secretary',
      scope_kind: 'commission',
      scope_id: 100,
    })
    await vi.waitFor(() => expect(all(root, 'user-row')).toHaveLength(2))
    q(root, 'users-password-hide')!.click()
    flushSync()
    expect(q(root, 'users-password')).toBeNull()
  })

  it('resets a password and disables a user', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    const fake = new FakeBackend(10).signedIn('admin')
    fake.serverUsersList.push({
      id: 2,
      login: 'operator',
      full_name: 'Оператор Актобе',
      personal_number: null,
      role: 'operator',
      scope_kind: 'district',
      scope_names: ['Актюбинская область', 'Актобе'],
      disabled: false,
    })
    const root = await openUsers(fake)
    await vi.waitFor(() => expect(all(root, 'user-row')).toHaveLength(2))
    const row = () => all(root, 'user-row').find((r) => r.dataset.login === 'operator')!
    expect(row().textContent).toContain('Актюбинская область › Актобе')
    row().querySelector<HTMLElement>('[data-testid="user-reset"]')!.click()
    await vi.waitFor(() => expect(q(root, 'users-password')?.textContent).toBe('Tmp-pass-0002'))
    row().querySelector<HTMLElement>('[data-testid="user-disable"]')!.click()
    await vi.waitFor(() => expect(row().textContent).toContain('Отключена'))
    expect(q(root, 'users-password')).toBeNull()
    expect(q(root, 'users-notice')?.textContent).toBe('Учётная запись operator отключена.')
  })

  it('says clearly that the server is needed when offline', async () => {
    const fake = new FakeBackend(10).signedIn('admin')
    fake.serverOnline = false
    const root = await openUsers(fake)
    await vi.waitFor(() => expect(q(root, 'users-offline')).not.toBeNull())
    expect(q(root, 'users-offline')?.textContent).toBe(
      'Нет связи с сервером. Управление пользователями работает только при подключении к серверу.',
    )
    expect(q(root, 'users-add')).toBeNull()
  })
})

describe('scope options', () => {
  it('name units with their path', () => {
    expect(scopeOptions(FAKE_SERVER_REFERENCE, 'kindergarten')).toEqual([
      { id: 200, label: 'Актюбинская область › Актобе › Балапан' },
    ])
    expect(scopeOptions(FAKE_SERVER_REFERENCE, 'district')).toEqual([
      { id: 10, label: 'Актюбинская область › Актобе' },
    ])
  })
})
