// The whole app in jsdom over the fake backend: the test hooks the end-to-end tests rely on,
// and the flows between screens.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from './App.svelte'
import { FakeBackend } from './lib/backend/fake'
import { i18n } from './lib/i18n'

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

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
})

describe('App', () => {
  it('opens on the journal, opens a card and comes back to the same page and sort', async () => {
    const root = start(new FakeBackend(120))
    await vi.waitFor(() => expect(all(root, 'journal-row')).toHaveLength(50))
    expect(q(root, 'page-title')?.textContent).toBe('Журнал заявлений')
    expect(q(root, 'journal-total')?.textContent?.trim()).toBe('Найдено 120 заявлений')
    expect(q(root, 'journal-table')).not.toBeNull()

    root.querySelector<HTMLButtonElement>('th[data-column="number"] button')!.click()
    await vi.waitFor(() =>
      expect(all(root, 'journal-row')[0].dataset.id).toBe('1'),
    )
    q(root, 'journal-next')!.click()
    await vi.waitFor(() => expect(all(root, 'journal-row')[0].dataset.id).toBe('51'))

    const row = all(root, 'journal-row')[2]
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await vi.waitFor(() => expect(q(root, 'card-number')?.textContent).toBe('UO.2024.000053.1'))
    expect(q(root, 'card-child-number')?.textContent).toMatch(/^\d{12}$/)
    q(root, 'tab-history')!.click()
    await vi.waitFor(() => expect(all(root, 'history-entry')).toHaveLength(2))
    q(root, 'tab-documents')!.click()
    await vi.waitFor(() => expect(all(root, 'document-entry')).toHaveLength(2))
    expect(all(root, 'document-entry')[1].textContent).toContain('Файл ещё не сформирован')

    q(root, 'card-back')!.click()
    await vi.waitFor(() => expect(all(root, 'journal-row')[0]?.dataset.id).toBe('51'))
    expect(q(root, 'journal-page')?.textContent).toBe('Страница 2 из 3')
  })

  it('switches every label at once when the language changes in Settings', async () => {
    const fake = new FakeBackend(5)
    const root = start(fake)
    await vi.waitFor(() => expect(all(root, 'journal-row')).toHaveLength(5))
    q(root, 'nav-settings')!.click()
    flushSync()
    await vi.waitFor(() => expect(q(root, 'about-version')?.textContent).toBe('0.1.0'))
    const select = q(root, 'settings-language') as HTMLSelectElement
    expect([...select.options].map((o) => o.value)).toEqual(['ru', 'kk', 'ky', 'en'])
    select.value = 'en'
    select.dispatchEvent(new Event('change', { bubbles: true }))
    flushSync()
    expect(q(root, 'page-title')?.textContent).toBe('Settings')
    expect(q(root, 'nav-journal')?.textContent).toBe('Applications journal')
    expect(document.documentElement.lang).toBe('en')
    await vi.waitFor(() => expect(fake.settingsValue.language).toBe('en'))
  })

  it('offers demo data on an empty database and shows the journal after loading', async () => {
    const fake = new FakeBackend(0)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'demo-offer')).not.toBeNull())
    const count = q(root, 'demo-count') as HTMLInputElement
    expect(count.value).toBe('10000')
    count.value = '30'
    count.dispatchEvent(new Event('input', { bubbles: true }))
    flushSync()
    q(root, 'demo-load')!.click()
    await vi.waitFor(() => expect(all(root, 'journal-row')).toHaveLength(30))
    expect(q(root, 'demo-offer')).toBeNull()
    expect(fake.calls).toContainEqual(['load_demo', { applications: 30 }])
  })

  it('shows a failed start-up as one translated error, in Russian', async () => {
    const fake = new FakeBackend(5)
    fake.failNext.startup = {
      code: 'database_too_new',
      detail: 'schema 9',
      args: { found: '9', supported: '3' },
    }
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'app-error')).not.toBeNull())
    expect(q(root, 'app-error')?.textContent).toContain('версия схемы 9')
    expect(q(root, 'journal-table')).toBeNull()
  })
})
