// The voucher registry over the fake backend: the navigation entry for the commission's people
// and the demo, both tables, amounts on the chosen date, the Excel export's saved path, and
// printing.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { FAKE_DOWNLOADS } from '../backend/fake-vouchers'
import { i18n } from '../i18n'
import { formatSom, localToday, monthlyTotal } from './registry'

let app: ReturnType<typeof mount> | null = null

function start(fake: FakeBackend): HTMLElement {
  const target = document.createElement('div')
  document.body.replaceChildren(target)
  app = mount(App, { target, props: { backend: fake } })
  flushSync()
  return target
}

function stop() {
  if (app) unmount(app)
  app = null
}

const q = (root: HTMLElement, testid: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
const all = (root: HTMLElement, testid: string) =>
  [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)]

function pickDate(root: HTMLElement, value: string) {
  const input = q(root, 'voucher-date') as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  flushSync()
}

async function openVouchers(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-vouchers')).not.toBeNull())
  q(root, 'nav-vouchers')!.click()
  await vi.waitFor(() => expect(all(root, 'voucher-child-row').length).toBeGreaterThan(0))
  return root
}

const amounts = (root: HTMLElement) => all(root, 'voucher-amount').map((td) => td.textContent?.trim())

afterEach(() => {
  stop()
  i18n.setLanguage('ru')
  vi.restoreAllMocks()
})

describe('voucher registry', () => {
  it('is in the navigation for the commission and the demo, not for operators', async () => {
    for (const [fake, shown] of [
      [new FakeBackend(5), true],
      [new FakeBackend(5).signedIn('secretary'), true],
      [new FakeBackend(5).signedIn('member'), true],
      [new FakeBackend(5).signedIn('operator'), false],
    ] as const) {
      const root = start(fake)
      await vi.waitFor(() => expect(q(root, 'nav-feedback')).not.toBeNull())
      if (fake.user()) await vi.waitFor(() => expect(q(root, 'app-header')).not.toBeNull())
      expect(q(root, 'nav-vouchers') !== null, fake.user()?.login ?? 'demo').toBe(shown)
      if (shown) expect(q(root, 'nav-vouchers')?.textContent).toBe('Ваучер')
      stop()
    }
  })

  it('lists the pilot kindergartens and the voucher children with amounts on the date', async () => {
    const fake = new FakeBackend(5)
    const root = await openVouchers(fake)
    expect(fake.calls).toContainEqual(['voucher_registry', { date: localToday() }])

    pickDate(root, '2026-01-15')
    await vi.waitFor(() => expect(fake.calls).toContainEqual(['voucher_registry', { date: '2026-01-15' }]))
    await vi.waitFor(() => expect(all(root, 'voucher-kindergarten-row')).toHaveLength(2))
    expect(all(root, 'voucher-child-row')).toHaveLength(3)
    expect(amounts(root)).toEqual([formatSom(3000), formatSom(5175), 'нет суммы'])
    expect(q(root, 'voucher-children')?.textContent).toContain('Дети из малообеспеченных семей')

    // The raise from 2026-09-01, and the third kindergarten (in the pilot since 2026-03-01).
    pickDate(root, '2026-09-01')
    await vi.waitFor(() => expect(amounts(root)).toEqual([formatSom(3500), formatSom(5980), 'нет суммы']))
    expect(all(root, 'voucher-kindergarten-row')).toHaveLength(3)
    expect(q(root, 'voucher-total')?.textContent).toContain(formatSom(3500 + 5980))
  })

  it('exports to Excel and shows where the file was saved', async () => {
    const fake = new FakeBackend(5)
    const root = await openVouchers(fake)
    pickDate(root, '2026-09-01')
    await vi.waitFor(() => expect((q(root, 'voucher-export') as HTMLButtonElement).disabled).toBe(false))
    q(root, 'voucher-export')!.click()
    await vi.waitFor(() => expect(q(root, 'voucher-export-path')).not.toBeNull())
    expect(q(root, 'voucher-export-path')?.textContent).toBe(`${FAKE_DOWNLOADS}/kezek-vouchers-2026-09-01.xlsx`)
    expect(fake.calls).toContainEqual(['export_voucher_registry', { date: '2026-09-01' }])
  })

  it('shows a failed export as an error', async () => {
    const fake = new FakeBackend(5)
    const root = await openVouchers(fake)
    fake.failNext['export_voucher_registry'] = { code: 'data_dir', detail: 'read-only', args: { path: '/x' } }
    q(root, 'voucher-export')!.click()
    await vi.waitFor(() => expect(q(root, 'vouchers-error')).not.toBeNull())
    expect(q(root, 'voucher-export-path')).toBeNull()
  })

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    const root = await openVouchers(new FakeBackend(5))
    q(root, 'voucher-print')!.click()
    expect(print).toHaveBeenCalledOnce()
  })

  it('sums the month without the children that have no amount', () => {
    const registry = {
      date: '2026-09-01',
      kindergartens: [],
      children: [{ amount: 100 }, { amount: null }, { amount: 250 }],
    } as unknown as Parameters<typeof monthlyTotal>[0]
    expect(monthlyTotal(registry)).toBe(350)
    expect(formatSom(12500)).toBe('12\u00a0500')
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})
