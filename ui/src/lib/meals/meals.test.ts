// The meal benefit (seed 000, §III "Питание") over the fake backend: the navigation entry for the
// commission and the demo, the voucher children with their benefits, a valid save, a file the
// form refuses before sending, a refusal of the backend translated, and members who only read.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { i18n } from '../i18n'
import { formatTyiyn, pdfProblem } from './protocol'

vi.mock('../documents/pdf', () => ({ renderPdf: async () => 1 }))

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

const q = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
const all = (root: ParentNode, testid: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)]
const row = (root: HTMLElement, id: number) =>
  root.querySelector<HTMLElement>(`[data-testid="meal-row"][data-application-id="${id}"]`)!

async function openMeals(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-meals')).not.toBeNull())
  q(root, 'nav-meals')!.click()
  await vi.waitFor(() => expect(all(root, 'meal-row').length).toBeGreaterThan(0))
  return root
}

function type(root: HTMLElement, testid: string, value: string) {
  const input = q(root, testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

function pickFile(root: HTMLElement, bytes: Uint8Array<ArrayBuffer>, name = 'protocol.pdf') {
  const input = q(root, 'meal-pdf') as HTMLInputElement
  const file = new File([bytes], name, { type: 'application/pdf' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change', { bubbles: true }))
}

const PDF = new TextEncoder().encode('%PDF-1.7\n% Протокол №12/34\n%%EOF\n')

/** Opens the form of application `id` and fills it (the file picked and read). */
async function fill(root: HTMLElement, id: number, amount: string, pdf: Uint8Array<ArrayBuffer> = PDF) {
  q(row(root, id), 'meal-edit')!.click()
  flushSync()
  type(root, 'meal-amount', amount)
  type(root, 'meal-protocol-number', '№12/34')
  type(root, 'meal-protocol-date', '2025-05-15')
  pickFile(root, pdf)
  // Read: either taken (its name shown) or refused.
  await vi.waitFor(() => expect(q(root, 'meal-pdf-picked') ?? q(root, 'meal-error')).not.toBeNull())
}

const saves = (fake: FakeBackend) => fake.calls.filter(([c]) => c === 'save_meal_benefit')

afterEach(() => {
  stop()
  i18n.setLanguage('ru')
  vi.restoreAllMocks()
})

describe('meal benefit', () => {
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
      expect(q(root, 'nav-meals') !== null, fake.user()?.login ?? 'demo').toBe(shown)
      if (shown) expect(q(root, 'nav-meals')?.textContent).toBe('Питание')
      stop()
    }
  })

  it('lists the voucher children by name with their current benefit', async () => {
    const fake = new FakeBackend(5).signedIn('secretary')
    const root = await openMeals(fake)
    expect(fake.calls).toContainEqual(['meal_children', undefined])
    expect(all(root, 'meal-row').map((r) => r.dataset.applicationId)).toEqual(['9001', '9003', '9002'])
    expect(q(row(root, 9001), 'meal-amount-value')?.textContent).toBe('125,50 сом/день')
    expect(q(row(root, 9001), 'meal-protocol')?.textContent).toBe('№12/34 от 15.05.2025')
    expect(q(row(root, 9002), 'meal-amount-value')?.textContent).toBe('не указано')
    expect(q(row(root, 9002), 'meal-view-pdf')).toBeNull()
    expect(q(root, 'meal-read-only')).toBeNull()

    // The stored protocol opens in the PDF viewer.
    q(row(root, 9001), 'meal-view-pdf')!.click()
    await vi.waitFor(() => expect(q(root, 'document-pages')?.dataset.pages).toBe('1'))
    expect(fake.calls).toContainEqual(['meal_benefit_pdf', { applicationId: 9001 }])
    q(root, 'meal-pdf-close')!.click()
    flushSync()
    expect(q(root, 'meal-pdf-panel')).toBeNull()
  })

  it('saves a valid benefit and shows it in the row', async () => {
    const fake = new FakeBackend(5).signedIn('secretary')
    const root = await openMeals(fake)
    await fill(root, 9002, '125,5')
    q(root, 'meal-save')!.click()
    await vi.waitFor(() => expect(q(root, 'meal-saved')).not.toBeNull())
    expect(q(root, 'meal-saved')?.textContent).toContain('Токтогулова Айпери Маратовна')
    expect(saves(fake)).toEqual([
      [
        'save_meal_benefit',
        {
          input: {
            applicationId: 9002,
            amount: '125,5',
            protocolNumber: '№12/34',
            protocolDate: '2025-05-15',
            pdf: PDF.length,
          },
        },
      ],
    ])
    expect(q(root, 'meal-form')).toBeNull()
    expect(q(row(root, 9002), 'meal-amount-value')?.textContent).toBe('125,50 сом/день')
    expect(q(row(root, 9002), 'meal-view-pdf')).not.toBeNull()
    expect(fake.meals.pending).toBe(1)
    expect(Array.from(fake.meals.pdf(9002))).toEqual(Array.from(PDF))

    // Changing a benefit starts from the current one; the dot works as well as the comma.
    q(row(root, 9002), 'meal-edit')!.click()
    flushSync()
    expect((q(root, 'meal-amount') as HTMLInputElement).value).toBe('125,50')
    expect((q(root, 'meal-protocol-date') as HTMLInputElement).value).toBe('2025-05-15')
    q(root, 'meal-cancel')!.click()
    flushSync()
    expect(q(root, 'meal-form')).toBeNull()
  })

  it('refuses a file that is not a PDF, or too large, before sending it', async () => {
    const fake = new FakeBackend(5).signedIn('secretary')
    const root = await openMeals(fake)
    await fill(root, 9003, '125', new TextEncoder().encode('PK\x03\x04 not a pdf'))
    await vi.waitFor(() => expect(q(root, 'meal-error')).not.toBeNull())
    expect(q(root, 'meal-error')?.dataset.reason).toBe('pdf_not_pdf')
    expect(q(root, 'meal-error')?.textContent?.trim()).toBe('Этот файл не PDF. Загрузите протокол в формате PDF.')
    q(root, 'meal-save')!.click()
    await vi.waitFor(() => expect(q(root, 'meal-error')?.dataset.reason).toBe('pdf_required'))
    expect(saves(fake)).toEqual([])

    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(PDF)
    pickFile(root, big)
    await vi.waitFor(() => expect(q(root, 'meal-error')?.dataset.reason).toBe('pdf_too_large'))
    expect(q(root, 'meal-error')?.textContent?.trim()).toBe('Файл протокола больше 5 МБ.')
    expect(saves(fake)).toEqual([])
  })

  it('shows the backend’s refusal translated', async () => {
    const fake = new FakeBackend(5).signedIn('secretary')
    const root = await openMeals(fake)
    await fill(root, 9003, 'сто')
    q(root, 'meal-save')!.click()
    await vi.waitFor(() => expect(q(root, 'meal-error')).not.toBeNull())
    expect(q(root, 'meal-error')?.dataset.reason).toBe('amount_invalid')
    expect(q(root, 'meal-error')?.textContent).toContain('не более двух знаков после запятой')
    expect(saves(fake)).toHaveLength(1)

    i18n.setLanguage('en')
    type(root, 'meal-amount', '0')
    q(root, 'meal-save')!.click()
    await vi.waitFor(() => expect(q(root, 'meal-error')?.dataset.reason).toBe('amount_not_positive'))
    expect(q(root, 'meal-error')?.textContent?.trim()).toBe('The amount must be greater than zero.')
    expect(q(root, 'meal-saved')).toBeNull()
    expect(fake.meals.benefit(9003)).toBeNull()
  })

  it('lets a member read the benefits and the protocol, not change them', async () => {
    const fake = new FakeBackend(5).signedIn('member')
    const root = await openMeals(fake)
    expect(all(root, 'meal-row')).toHaveLength(3)
    expect(q(root, 'meal-read-only')).not.toBeNull()
    expect(all(root, 'meal-edit')).toEqual([])
    expect(q(root, 'meal-form')).toBeNull()
    q(row(root, 9001), 'meal-view-pdf')!.click()
    await vi.waitFor(() => expect(q(root, 'document-pages')?.dataset.pages).toBe('1'))
  })

  it('checks the PDF header and shows tyiyn as som', () => {
    expect(pdfProblem(new Uint8Array())).toBe('pdf_required')
    expect(pdfProblem(new TextEncoder().encode('%PDF-1.4'))).toBeNull()
    expect(pdfProblem(new TextEncoder().encode('%PDF'))).toBe('pdf_not_pdf')
    expect(formatTyiyn(12_500)).toBe('125')
    expect(formatTyiyn(12_505)).toBe('125,05')
    expect(formatTyiyn(1_000_000)).toBe('10\u00a0000')
  })
})
