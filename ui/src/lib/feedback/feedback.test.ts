// Feedback over the fake backend: the navigation entry for everyone, the message required and
// at most 4000 characters, pending until a sync delivers it when signed in, kept on this
// computer in the demo; the list shows the newest first.
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
const all = (root: HTMLElement, testid: string) =>
  [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)]

function type(input: HTMLElement | null, value: string) {
  const el = input as HTMLInputElement
  el.value = value
  el.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

async function openFeedback(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-feedback')).not.toBeNull())
  q(root, 'nav-feedback')!.click()
  await vi.waitFor(() => expect(q(root, 'feedback-none')).not.toBeNull())
  return root
}

const sends = (fake: FakeBackend) => fake.calls.filter(([c]) => c === 'send_feedback')

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
  vi.restoreAllMocks()
})

describe('feedback', () => {
  it('is in the navigation for every role and in the demo', async () => {
    for (const fake of [new FakeBackend(5), new FakeBackend(5).signedIn('operator'), new FakeBackend(5).signedIn('member')]) {
      const root = start(fake)
      await vi.waitFor(() => expect(q(root, 'nav-feedback')).not.toBeNull())
      expect(q(root, 'nav-feedback')?.textContent).toBe('Обратная связь')
      if (app) unmount(app)
      app = null
    }
  })

  it('asks for a message of at most 4000 characters before sending', async () => {
    const fake = new FakeBackend(5).signedIn('secretary')
    const root = await openFeedback(fake)
    q(root, 'feedback-send')!.click()
    flushSync()
    expect(q(root, 'feedback-error')?.textContent).toContain('Напишите сообщение')
    type(q(root, 'feedback-message'), 'я'.repeat(4001))
    expect(q(root, 'feedback-count')?.textContent).toBe('4001 из 4000')
    q(root, 'feedback-send')!.click()
    flushSync()
    expect(q(root, 'feedback-error')?.textContent).toContain('длиннее 4000')
    expect(sends(fake)).toHaveLength(0)
  })

  it('sends offline: pending until a sync delivers it', async () => {
    const fake = new FakeBackend(5).signedIn('secretary')
    fake.serverOnline = false
    const root = await openFeedback(fake)
    expect(q(root, 'feedback-local')).toBeNull()
    type(q(root, 'feedback-subject'), 'Журнал')
    type(q(root, 'feedback-message'), 'Добавьте фильтр по льготе')
    q(root, 'feedback-send')!.click()
    await vi.waitFor(() => expect(all(root, 'feedback-row')).toHaveLength(1))
    expect(sends(fake)[0][1]).toEqual({ subject: 'Журнал', message: 'Добавьте фильтр по льготе' })
    const row = all(root, 'feedback-row')[0]
    expect(row.dataset.state).toBe('pending')
    expect(row.textContent).toContain('Ожидает отправки')
    expect(row.textContent).toContain('Журнал')
    expect(row.textContent).toContain('secretary')
    expect(q(root, 'feedback-error')).toBeNull()
    expect((q(root, 'feedback-message') as HTMLTextAreaElement).value).toBe('')

    fake.serverOnline = true
    await fake.syncNow(() => {})
    q(root, 'nav-journal')!.click()
    flushSync()
    q(root, 'nav-feedback')!.click()
    await vi.waitFor(() => expect(all(root, 'feedback-row')[0]?.dataset.state).toBe('delivered'))
    expect(all(root, 'feedback-row')[0].textContent).toContain('Доставлено')
  })

  it('keeps messages on this computer without a server, newest first', async () => {
    const fake = new FakeBackend(5)
    const root = await openFeedback(fake)
    expect(q(root, 'feedback-local')).not.toBeNull()
    for (const text of ['Первое', 'Второе']) {
      type(q(root, 'feedback-message'), text)
      q(root, 'feedback-send')!.click()
      await vi.waitFor(() => expect(q(root, 'feedback-notice')).not.toBeNull())
    }
    await vi.waitFor(() => expect(all(root, 'feedback-row')).toHaveLength(2))
    const rows = all(root, 'feedback-row')
    expect(rows.map((r) => r.dataset.state)).toEqual(['kept', 'kept'])
    expect(rows[0].textContent).toContain('Второе')
    expect(rows[0].textContent).toContain('Без темы')
    expect(rows[0].textContent).toContain('Сохранено на этом компьютере')
  })

  it('shows a refusal of the backend by its reason', async () => {
    const fake = new FakeBackend(5)
    fake.failNext.send_feedback = { code: 'invalid_input', detail: 'x', args: { reason: 'subject_too_long', max: '200' } }
    const root = await openFeedback(fake)
    type(q(root, 'feedback-message'), 'Текст')
    q(root, 'feedback-send')!.click()
    await vi.waitFor(() => expect(q(root, 'feedback-error')?.textContent).toContain('Тема длиннее 200'))
    expect(all(root, 'feedback-row')).toHaveLength(0)
  })
})
