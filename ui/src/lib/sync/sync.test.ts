// Sync in the whole app over the fake backend: a signed-in office syncs on unlocking, shows
// when it last synced; a place asked for offline is pending, counted in the header, and after a
// sync either granted with its seat or refused — the refusal listed with its reason and the
// server's words until the user marks it seen. Without a server no place can be asked for.
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
  Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`))

async function openFirstCard(root: HTMLElement) {
  await vi.waitFor(() => expect(all(root, 'journal-row').length).toBeGreaterThan(0))
  all(root, 'journal-row')[0].click()
  await vi.waitFor(() => expect(q(root, 'places')).not.toBeNull())
}

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
})

describe('sync', () => {
  it('syncs on unlocking and shows when; offline it says so and keeps going', async () => {
    const fake = new FakeBackend(10).signedIn('operator')
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'sync-last')?.textContent).toContain('23.11.2026'))
    expect(q(root, 'sync-online')!.dataset.online).toBe('yes')
    expect(fake.calls.filter(([c]) => c === 'sync_now').length).toBe(1)

    fake.serverOnline = false
    q(root, 'sync-now')!.click()
    await vi.waitFor(() => expect(q(root, 'sync-error')).not.toBeNull())
    expect(q(root, 'sync-online')!.dataset.online).toBe('no')
    // The journal still works offline.
    expect(all(root, 'journal-row').length).toBeGreaterThan(0)
  })

  it('a place asked for is pending until a sync grants it with its seat', async () => {
    const fake = new FakeBackend(10).signedIn('operator')
    fake.serverOnline = false
    const root = start(fake)
    await openFirstCard(root)
    await vi.waitFor(() => expect(q(root, 'place-request')).not.toBeNull())
    expect(q(root, 'places-none')).not.toBeNull()
    q(root, 'place-request')!.click()
    await vi.waitFor(() => expect(q(root, 'place')?.dataset.state).toBe('pending'))
    expect(q(root, 'place-notice')!.textContent).toContain('при синхронизации')
    await vi.waitFor(() => expect(q(root, 'sync-pending')?.textContent).toContain('1'))

    fake.serverOnline = true
    q(root, 'sync-now')!.click()
    await vi.waitFor(() => expect(q(root, 'place')?.dataset.state).toBe('granted'))
    expect(q(root, 'place-seat')!.textContent).toContain('1')
    await vi.waitFor(() => expect(q(root, 'sync-pending')).toBeNull())
  })

  it('a refused request is listed with its reason until marked seen', async () => {
    const fake = new FakeBackend(10).signedIn('operator')
    fake.serverTaken = 1 // another office holds the only seat
    fake.serverOnline = false
    const root = start(fake)
    await openFirstCard(root)
    await vi.waitFor(() => expect(q(root, 'place-request')).not.toBeNull())
    q(root, 'place-request')!.click()
    await vi.waitFor(() => expect(q(root, 'place')?.dataset.state).toBe('pending'))

    fake.serverOnline = true
    q(root, 'sync-now')!.click()
    await vi.waitFor(() => expect(q(root, 'sync-rejections-open')).not.toBeNull())
    await vi.waitFor(() => expect(q(root, 'place')).toBeNull())
    q(root, 'sync-rejections-open')!.click()
    await vi.waitFor(() => expect(q(root, 'rejection')).not.toBeNull())
    expect(q(root, 'rejection-reason')!.textContent).toContain('нет свободного места')
    expect(q(root, 'rejection-detail')!.textContent).toContain('operator.kz')
    q(root, 'rejections-seen')!.click()
    await vi.waitFor(() => expect(q(root, 'sync-rejections-open')).toBeNull())
    expect(fake.rejections).toEqual([])
  })

  it('without a server the card says places need one and offers no request', async () => {
    const fake = new FakeBackend(10)
    const root = start(fake)
    await openFirstCard(root)
    await vi.waitFor(() => expect(q(root, 'places-needs-server')).not.toBeNull())
    expect(q(root, 'place-request')).toBeNull()
    expect(q(root, 'sync-indicator')).toBeNull()
    expect(fake.calls.some(([c]) => c === 'sync_now')).toBe(false)
  })
})
