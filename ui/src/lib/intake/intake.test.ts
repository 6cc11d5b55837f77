// Office intake over the fake backend: the navigation entry for operators, commission
// secretaries and the demo only; field errors beside their fields; a duplicate with the existing
// application (its card opens); a queued application in the list, registered or refused by the
// next sync; the hint of a district without streets.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import type { IntakeForm } from '../generated/IntakeForm'
import { i18n } from '../i18n'
import { intakeAllowed } from './access'

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

afterEach(() => {
  stop()
  i18n.setLanguage('ru')
})

const q = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
const all = (root: ParentNode, testid: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)]
const text = (root: ParentNode, testid: string) => q(root, testid)?.textContent?.trim() ?? null

function type(root: HTMLElement, testid: string, value: string) {
  const input = q(root, testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  flushSync()
}

function choose(root: HTMLElement, testid: string, value: string) {
  const select = q(root, testid) as HTMLSelectElement
  select.value = value
  select.dispatchEvent(new Event('change', { bubbles: true }))
  flushSync()
}

/** A Kyrgyz child and mother (district 20 of the fake has streets 4 and 5). */
const KG_CHILD = '12003202200011'
const KG_PARENT = '11505199000021'

async function openIntake(fake: FakeBackend): Promise<HTMLElement> {
  const root = start(fake)
  await vi.waitFor(() => expect(q(root, 'nav-intake')).not.toBeNull())
  q(root, 'nav-intake')!.click()
  await vi.waitFor(() => expect(q(root, 'intake-form')).not.toBeNull())
  await vi.waitFor(() => expect(q(root, 'intake-none') ?? q(root, 'intake-table')).not.toBeNull())
  return root
}

/** Fills the whole form: the child `child` in district `district`, street `street`. */
async function fill(root: HTMLElement, child = KG_CHILD, region = '2', district = '20', street = '4') {
  type(root, 'intake-child-pin', child)
  type(root, 'intake-child-surname', 'Асанова')
  type(root, 'intake-child-given', 'Айпери')
  choose(root, 'intake-parent-relation', 'mother')
  type(root, 'intake-parent-pin', KG_PARENT)
  type(root, 'intake-parent-surname', 'Асанова')
  type(root, 'intake-parent-given', 'Гульнара')
  type(root, 'intake-passport-series', 'ID')
  type(root, 'intake-passport-number', '1234567')
  type(root, 'intake-passport-issued-by', 'МКК 211041')
  type(root, 'intake-passport-issued-on', '2020-05-04')
  choose(root, 'intake-region', region)
  choose(root, 'intake-district', district)
  await vi.waitFor(() => expect((q(root, 'intake-street') as HTMLSelectElement).options.length).toBeGreaterThan(1))
  choose(root, 'intake-street', street)
  type(root, 'intake-house', '12')
  type(root, 'intake-phone', '+996 555 12 34 56')
  choose(root, 'intake-benefit', 'orphan')
  const consent = q(root, 'intake-consent') as HTMLInputElement
  consent.click()
  flushSync()
}

const registers = (fake: FakeBackend) =>
  fake.calls.filter(([c]) => c === 'register_intake').map(([, a]) => (a as { form: IntakeForm }).form)

async function submit(root: HTMLElement, fake: FakeBackend, expectTestid: string) {
  const before = registers(fake).length
  q(root, 'intake-submit')!.click()
  await vi.waitFor(() => expect(registers(fake).length).toBe(before + 1))
  await vi.waitFor(() => expect(q(root, expectTestid)).not.toBeNull())
}

describe('office intake', () => {
  it('is in the navigation for operators, commission secretaries and the demo only', async () => {
    expect(intakeAllowed(null)).toBe(true)
    expect(intakeAllowed('operator')).toBe(true)
    expect(intakeAllowed('commission_secretary')).toBe(true)
    expect(intakeAllowed('commission_chairman')).toBe(false)
    for (const [fake, shown] of [
      [new FakeBackend(5), true],
      [new FakeBackend(5).signedIn('operator'), true],
      [new FakeBackend(5).signedIn('secretary'), true],
      [new FakeBackend(5).signedIn('chairman'), false],
      [new FakeBackend(5).signedIn('member'), false],
      [new FakeBackend(5).signedIn('admin'), false],
    ] as const) {
      const root = start(fake)
      await vi.waitFor(() => expect(q(root, 'nav-feedback')).not.toBeNull())
      if (fake.user()) await vi.waitFor(() => expect(q(root, 'app-header')).not.toBeNull())
      expect(q(root, 'nav-intake') !== null, fake.user()?.login ?? 'demo').toBe(shown)
      if (shown) expect(text(root, 'nav-intake')).toBe('Приём заявления')
      stop()
    }
  })

  it('shows the field errors beside their fields, translated, and a summary', async () => {
    const fake = new FakeBackend(5).signedIn('operator')
    const root = await openIntake(fake)
    expect(q(root, 'intake-none')).not.toBeNull()
    await submit(root, fake, 'intake-errors')
    expect(text(root, 'intake-error-child.personal_number')).toBe('Обязательное поле.')
    expect(text(root, 'intake-error-consent')).toBe('Обязательное поле.')
    expect(q(root, 'intake-error-address.street')?.dataset.reason).toBe('required')
    expect(q(root, 'intake-error-email')).toBeNull()
    expect(Number(q(root, 'intake-errors')?.dataset.count)).toBeGreaterThan(10)
    expect(text(root, 'intake-errors')).toContain('ПИН / ИИН ребёнка: Обязательное поле.')

    // The birth date follows the PIN as it is typed; a short one is refused by its reason.
    type(root, 'intake-child-pin', KG_CHILD)
    expect((q(root, 'intake-child-birth-date') as HTMLInputElement).value).toBe('20.03.2022')
    await fill(root, '1200320220001')
    await submit(root, fake, 'intake-error-child.personal_number')
    expect(q(root, 'intake-errors')?.dataset.count).toBe('1')
    expect(text(root, 'intake-error-child.personal_number')).toBe('ПИН — 14 цифр, ИИН — 12 цифр.')

    // A PIN in a Kazakh district: the number of the other country.
    type(root, 'intake-child-pin', KG_CHILD)
    choose(root, 'intake-region', '1')
    choose(root, 'intake-district', '10')
    await vi.waitFor(() => expect((q(root, 'intake-street') as HTMLSelectElement).options.length).toBe(4))
    choose(root, 'intake-street', '1')
    await submit(root, fake, 'intake-error-parent.personal_number')
    expect(q(root, 'intake-error-child.personal_number')?.dataset.reason).toBe('wrong_country')
    expect(all(root, 'intake-row')).toEqual([])
    expect(fake.intake.entries).toEqual([])
  })

  it('warns that a district without the bureau’s streets cannot take an application', async () => {
    const fake = new FakeBackend(5).signedIn('operator')
    const root = await openIntake(fake)
    choose(root, 'intake-region', '1')
    choose(root, 'intake-district', '11')
    await vi.waitFor(() => expect(q(root, 'intake-no-streets')).not.toBeNull())
    expect((q(root, 'intake-street') as HTMLSelectElement).disabled).toBe(true)
    expect(text(root, 'intake-street-hint')).toContain('Адресно-справочного бюро')

    // A sync brings the district's list.
    fake.intake.streetList.push({ id: 6, district_id: 11, locality_id: null, name: 'Советская' })
    q(root, 'sync-now')!.click()
    await vi.waitFor(() => expect(q(root, 'intake-no-streets')).toBeNull())
    expect((q(root, 'intake-street') as HTMLSelectElement).disabled).toBe(false)
    choose(root, 'intake-district', '10')
    await vi.waitFor(() => expect((q(root, 'intake-street') as HTMLSelectElement).options.length).toBe(4))
    expect(q(root, 'intake-no-streets')).toBeNull()
    const streets = [...(q(root, 'intake-street') as HTMLSelectElement).options].map((o) => o.textContent)
    expect(streets.slice(1)).toEqual(['Абая', 'Ленина', 'Мира'])
  })

  it('shows a duplicate with the existing application’s number and opens its card', async () => {
    const fake = new FakeBackend(12).signedIn('secretary')
    const open = fake.apps.find((a) => a.id === 10)!
    expect([open.kind, open.status]).toEqual(['voucher', 'enrolled'])
    const root = await openIntake(fake)
    await fill(root, open.child_number, '1', '10', '1')
    await submit(root, fake, 'intake-duplicate')
    expect(q(root, 'intake-duplicate')?.dataset.number).toBe('UO.2024.000010.1')
    expect(text(root, 'intake-duplicate')).toContain('открытое заявление на ваучер № UO.2024.000010.1')
    expect(fake.intake.entries).toEqual([])
    q(root, 'intake-duplicate-open')!.click()
    await vi.waitFor(() => expect(text(root, 'card-number')).toBe('UO.2024.000010.1'))
  })

  it('queues a good form: a pending row, the form cleared; the next sync registers it', async () => {
    const fake = new FakeBackend(5).signedIn('operator')
    const root = await openIntake(fake)
    await fill(root)
    await submit(root, fake, 'intake-row')
    const sent = registers(fake).at(-1)!
    expect(sent.child.personal_number).toBe(KG_CHILD)
    expect(sent.address).toEqual({ district_id: 20, street_id: 4, street: null, house: '12', flat: null })
    expect([sent.email, sent.language, sent.benefit_code, sent.consent]).toEqual([null, 'ru', 'orphan', true])
    expect(sent.parent.passport).toEqual({
      series: 'ID',
      number: '1234567',
      issued_by: 'МКК 211041',
      issued_on: '2020-05-04',
    })

    const row = q(root, 'intake-row')!
    expect([row.dataset.state, row.dataset.number]).toEqual(['pending', ''])
    expect(text(row, 'intake-state')).toBe('Ожидает синхронизации')
    expect(text(root, 'intake-queued')).toContain('Асанова Айпери')
    expect((q(root, 'intake-child-pin') as HTMLInputElement).value).toBe('')
    expect((q(root, 'intake-consent') as HTMLInputElement).checked).toBe(false)
    expect((q(root, 'intake-district') as HTMLSelectElement).value).toBe('20')
    // The cleared choices show "choose", not the last family's street or category.
    for (const id of ['intake-parent-relation', 'intake-street', 'intake-benefit']) {
      const select = q(root, id) as HTMLSelectElement
      expect(select.selectedIndex, id).toBe(0)
    }

    // The same child again waits for the first.
    await fill(root)
    await submit(root, fake, 'intake-duplicate')
    expect(text(root, 'intake-duplicate')).toContain('ожидает синхронизации')
    expect(q(root, 'intake-duplicate-open')).toBeNull()

    q(root, 'sync-now')!.click()
    await vi.waitFor(() => expect(q(root, 'intake-row')?.dataset.state).toBe('registered'))
    const registered = q(root, 'intake-row')!
    expect(registered.dataset.number).toBe('БЛ.2026.000001')
    expect(text(registered, 'intake-state')).toContain('Зарегистрировано № БЛ.2026.000001')
    q(registered, 'intake-open')!.click()
    await vi.waitFor(() => expect(text(root, 'card-number')).toBe('БЛ.2026.000001'))
  })

  it('renders a refusal of the server with its reason translated and its words', async () => {
    const fake = new FakeBackend(5).signedIn('operator')
    fake.intake.refuseOnSync.set(KG_CHILD, {
      code: 'duplicate_application',
      detail: 'the child already has the open application БЛ.2026.П000012',
    })
    const root = await openIntake(fake)
    await fill(root)
    await submit(root, fake, 'intake-row')
    q(root, 'sync-now')!.click()
    await vi.waitFor(() => expect(q(root, 'intake-row')?.dataset.state).toBe('refused'))
    const row = q(root, 'intake-row')!
    expect(text(row, 'intake-state')).toContain('Отклонено: У ребёнка уже есть открытое заявление на ваучер.')
    expect(text(row, 'intake-refusal-detail')).toBe('the child already has the open application БЛ.2026.П000012')

    // The sync line lists it among the refusals too.
    await vi.waitFor(() => expect(q(root, 'sync-rejections-open')).not.toBeNull())
    q(root, 'sync-rejections-open')!.click()
    await vi.waitFor(() => expect(q(root, 'rejection')).not.toBeNull())
    expect(text(root, 'rejection')).toContain(`Приём заявления на ваучер (ребёнок ${KG_CHILD})`)
    expect(text(root, 'rejection-reason')).toBe('У ребёнка уже есть открытое заявление на ваучер.')

    i18n.setLanguage('ky')
    flushSync()
    expect(text(row, 'intake-state')).toContain('Четке кагылды: Баланын ачык ваучер арызы бар.')
  })
})
