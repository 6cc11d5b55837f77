// The commission's roster over the fake backend: who sees the commission's sections, adding a
// member (the birth date from the PIN, the refusal of a bad one), closing without saving, the
// active switch, removing with a confirmation.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { i18n } from '../i18n'
import { commissionAccess } from './access'

let app: ReturnType<typeof mount> | null = null

function start(fake: FakeBackend): HTMLElement {
  const target = document.createElement('div')
  document.body.replaceChildren(target)
  app = mount(App, { target, props: { backend: fake } })
  flushSync()
  return target
}

const q = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
const all = (root: ParentNode, testid: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)]
const row = (root: HTMLElement, uid: string) => all(root, 'member-row').find((r) => r.dataset.uid === uid)!

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
})

async function openRoster(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-commission')).not.toBeNull())
  q(root, 'nav-commission')!.click()
  await vi.waitFor(() => expect(all(root, 'member-row')).toHaveLength(4))
  return root
}

describe('who sees the commission', () => {
  it('shows its sections to its members and in the demo, not to an operator', async () => {
    expect(commissionAccess(null)).toEqual({ visible: true, secretary: true, chairman: true })
    expect(commissionAccess('commission_member')).toEqual({ visible: true, secretary: false, chairman: false })
    expect(commissionAccess('operator').visible).toBe(false)

    const root = start(new FakeBackend(10).signedIn('operator'))
    await vi.waitFor(() => expect(q(root, 'journal-table')).not.toBeNull())
    expect(q(root, 'nav-review')).toBeNull()
    expect(q(root, 'nav-commission')).toBeNull()
    expect(q(root, 'nav-protocols')).toBeNull()
  })

  it('lets a member read the roster but not change it', async () => {
    const root = await openRoster(new FakeBackend(10).signedIn('member'))
    expect(q(root, 'nav-review')?.textContent).toBe('Заявки')
    expect(q(root, 'nav-protocols')?.textContent).toBe('Протоколы')
    expect(q(root, 'member-add')).toBeNull()
    expect(q(root, 'member-edit')).toBeNull()
    expect((q(root, 'member-active') as HTMLInputElement).disabled).toBe(true)
  })
})

describe('the roster', () => {
  it('lists the members with their data', async () => {
    const root = await openRoster(new FakeBackend(10))
    const chairman = row(root, 'm-1')
    expect(chairman.textContent).toContain('Сыдыков Нурлан Асанович')
    expect(chairman.textContent).toContain('Заместитель акима района')
    expect(chairman.textContent).toContain('+996 555 100 200')
    expect(chairman.textContent).toContain('m-1@example.kg')
    expect(chairman.textContent).toContain('Председатель')
    expect(chairman.textContent).toContain('15.03.1985')
    expect((row(root, 'm-4').querySelector('[data-testid="member-active"]') as HTMLInputElement).checked).toBe(false)
  })

  it('adds a member: the birth date follows the PIN, a bad PIN is refused with its message', async () => {
    const fake = new FakeBackend(10)
    const root = await openRoster(fake)
    q(root, 'member-add')!.click()
    flushSync()
    type(q(root, 'member-pin'), '2120419910')
    expect((q(root, 'member-birth-date') as HTMLInputElement).value).toBe('')
    type(q(root, 'member-pin'), '21204199100567')
    expect((q(root, 'member-birth-date') as HTMLInputElement).value).toBe('12.04.1991')
    type(q(root, 'member-pin'), '930818400123')
    expect((q(root, 'member-birth-date') as HTMLInputElement).value).toBe('18.08.1993')

    type(q(root, 'member-pin'), '12345')
    type(q(root, 'member-surname'), 'Осмонова')
    type(q(root, 'member-given-name'), 'Бермет')
    type(q(root, 'member-position'), 'Социальный педагог')
    type(q(root, 'member-phone'), '+996 700 123 456')
    type(q(root, 'member-email'), 'bermet@example.kg')
    q(root, 'member-save')!.click()
    await vi.waitFor(() => expect(q(root, 'member-error')).not.toBeNull())
    expect(q(root, 'member-error')!.textContent?.trim()).toBe(
      'Неверный ПИН/ИИН: нужен ПИН из 14 цифр или ИИН из 12 цифр с настоящей датой рождения.',
    )
    expect(all(root, 'member-row')).toHaveLength(4)

    type(q(root, 'member-pin'), '21204199100567')
    const role = q(root, 'member-role') as HTMLSelectElement
    role.value = 'member'
    role.dispatchEvent(new Event('change', { bubbles: true }))
    q(root, 'member-save')!.click()
    await vi.waitFor(() => expect(all(root, 'member-row')).toHaveLength(5))
    expect(q(root, 'member-form')).toBeNull()
    const saved = fake.calls.filter(([c]) => c === 'save_commission_member').at(-1)?.[1]
    expect(saved).toEqual({
      input: {
        uid: null,
        personal_number: '21204199100567',
        surname: 'Осмонова',
        given_name: 'Бермет',
        patronymic: null,
        position: 'Социальный педагог',
        phone: '+996 700 123 456',
        email: 'bermet@example.kg',
        role: 'member',
        active: true,
      },
    })
    const added = all(root, 'member-row').at(-1)!
    expect(added.textContent).toContain('Осмонова Бермет')
    expect(added.textContent).toContain('12.04.1991')
    expect(q(added, 'member-pending')).not.toBeNull()
  })

  it('closes the form without saving', async () => {
    const fake = new FakeBackend(10)
    const root = await openRoster(fake)
    row(root, 'm-3').querySelector<HTMLElement>('[data-testid="member-edit"]')!.click()
    flushSync()
    expect((q(root, 'member-surname') as HTMLInputElement).value).toBe('Токтогулов')
    type(q(root, 'member-surname'), 'Другой')
    q(root, 'member-cancel')!.click()
    flushSync()
    expect(q(root, 'member-form')).toBeNull()
    expect(fake.calls.some(([c]) => c === 'save_commission_member')).toBe(false)
    expect(row(root, 'm-3').textContent).toContain('Токтогулов')
  })

  it('saves the active switch at once', async () => {
    const fake = new FakeBackend(10)
    const root = await openRoster(fake)
    const toggle = row(root, 'm-3').querySelector<HTMLInputElement>('[data-testid="member-active"]')!
    expect(toggle.checked).toBe(true)
    toggle.click()
    await vi.waitFor(() => expect(fake.commission.members.find((m) => m.uid === 'm-3')?.active).toBe(false))
    const call = fake.calls.find(([c]) => c === 'save_commission_member')?.[1] as { input: { uid: string; active: boolean } }
    expect(call.input).toMatchObject({ uid: 'm-3', active: false, personal_number: '20507197800345' })
    await vi.waitFor(() => expect(row(root, 'm-3').classList.contains('inactive')).toBe(true))
  })

  it('removes a member after a confirmation', async () => {
    const fake = new FakeBackend(10)
    const root = await openRoster(fake)
    row(root, 'm-4').querySelector<HTMLElement>('[data-testid="member-remove"]')!.click()
    flushSync()
    expect(fake.calls.some(([c]) => c === 'remove_commission_member')).toBe(false)
    expect(row(root, 'm-4').textContent).toContain('Удалить Исмаилова Жылдыз Маратовна?')
    row(root, 'm-4').querySelector<HTMLElement>('[data-testid="member-remove-confirm"]')!.click()
    await vi.waitFor(() => expect(all(root, 'member-row')).toHaveLength(3))
    expect(fake.calls.find(([c]) => c === 'remove_commission_member')?.[1]).toEqual({ uid: 'm-4' })
  })
})
