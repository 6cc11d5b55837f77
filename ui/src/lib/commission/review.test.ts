// The commission's review and protocols over the fake backend: the review form (one benefit,
// inactive members disabled, the refusals), "save" opening the draft protocol, sending it, and
// the chairman signing or returning it (a reason is required).
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { i18n } from '../i18n'

// pdf.js needs a real canvas; the rendering itself is covered by the end-to-end tests.
vi.mock('../documents/pdf', () => ({ renderPdf: async () => 2 }))

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
const inputs = (root: ParentNode, testid: string) => all(root, testid) as HTMLInputElement[]
const byData = (root: ParentNode, testid: string, key: string, value: string) =>
  all(root, testid).find((el) => el.dataset[key] === value) as HTMLInputElement

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

async function openReview(root: HTMLElement, applicationId: number) {
  await vi.waitFor(() => expect(q(root, 'nav-review')).not.toBeNull())
  q(root, 'nav-review')!.click()
  await vi.waitFor(() => expect(all(root, 'review-row').length).toBeGreaterThan(0))
  const row = all(root, 'review-row').find((r) => r.dataset.applicationId === String(applicationId))!
  row.querySelector<HTMLElement>('[data-testid="review-open"]')!.click()
  await vi.waitFor(() => expect(q(root, 'review-form')).not.toBeNull())
}

/** A protocol "12/34" for application 5, sent for signature (made as the demo would). */
function sentProtocol(fake: FakeBackend): string {
  const p = fake.commission.saveReview(
    {
      application_id: 5,
      benefit_code: 'orphan',
      documents: ['birth_certificate'],
      other_documents: [],
      present: ['m-1', 'm-2'],
      comment: '',
      protocol_number: '12/34',
      decision: 'approved',
    },
    'ru',
  )
  fake.commission.send(p.uid)
  return p.uid
}

async function openProtocol(root: HTMLElement, uid: string) {
  await vi.waitFor(() => expect(q(root, 'nav-protocols')).not.toBeNull())
  q(root, 'nav-protocols')!.click()
  await vi.waitFor(() => expect(all(root, 'protocol-row').length).toBeGreaterThan(0))
  all(root, 'protocol-row').find((r) => r.dataset.uid === uid)!.click()
  await vi.waitFor(() => expect(q(root, 'protocol-view')?.dataset.state).toBeTruthy())
}

describe('the applications under review', () => {
  it('lists the voucher applications with their data', async () => {
    const root = start(new FakeBackend(10))
    await vi.waitFor(() => expect(q(root, 'nav-review')).not.toBeNull())
    q(root, 'nav-review')!.click()
    await vi.waitFor(() => expect(all(root, 'review-row')).toHaveLength(2))
    const row = all(root, 'review-row')[0]
    expect(row.dataset.applicationId).toBe('5')
    expect(row.textContent).toContain('UO.2024.000005.1')
    expect(row.textContent).toContain('На рассмотрении комиссии')
  })
})

describe('the review form', () => {
  it('shows the six sections, keeps exactly one benefit and disables inactive members', async () => {
    const root = start(new FakeBackend(10))
    await openReview(root, 5)
    for (const id of ['review-child', 'review-parent', 'review-benefit-section', 'review-members', 'review-documents', 'review-comment-section']) {
      expect(q(root, id), id).not.toBeNull()
    }
    expect(q(root, 'review-child')!.textContent).toContain('Ким Сабина')
    expect(q(root, 'review-parent')!.textContent).toContain('г. Актобе, ул. Абая, 1')

    const checked = () => inputs(root, 'review-benefit').filter((r) => r.checked).map((r) => r.dataset.code)
    expect(checked()).toEqual(['large_family'])
    byData(root, 'review-benefit', 'code', 'orphan').click()
    flushSync()
    expect(checked()).toEqual(['orphan'])

    const inactive = byData(root, 'review-member', 'uid', 'm-4')
    expect(inactive.disabled).toBe(true)
    expect(inactive.closest('label')!.textContent).toContain('не активен')
    expect(byData(root, 'review-member', 'uid', 'm-1').disabled).toBe(false)
  })

  it('refuses a review without members present, then saves and opens the draft protocol', async () => {
    const fake = new FakeBackend(10)
    const root = start(fake)
    await openReview(root, 5)
    byData(root, 'review-document', 'code', 'birth_certificate').click()
    type(q(root, 'review-other-document'), 'Справка с места работы')
    q(root, 'review-other-document-add')!.click()
    flushSync()
    expect(q(root, 'review-documents')!.textContent).toContain('Справка с места работы')
    type(q(root, 'review-comment'), 'Семья многодетная')
    type(q(root, 'review-protocol-number'), '12/34')
    byData(root, 'review-decision', 'value', 'approved').click()
    flushSync()

    q(root, 'review-save')!.click()
    await vi.waitFor(() => expect(q(root, 'review-error')).not.toBeNull())
    expect(q(root, 'review-error')!.textContent?.trim()).toBe(
      'Не отмечен ни один член комиссии, участвовавший в заседании.',
    )

    byData(root, 'review-member', 'uid', 'm-1').click()
    byData(root, 'review-member', 'uid', 'm-2').click()
    flushSync()
    q(root, 'review-save')!.click()
    await vi.waitFor(() => expect(q(root, 'protocol-view')?.dataset.state).toBe('draft'))
    expect(fake.calls.filter(([c]) => c === 'save_review').at(-1)?.[1]).toEqual({
      input: {
        application_id: 5,
        benefit_code: 'large_family',
        documents: ['birth_certificate'],
        other_documents: ['Справка с места работы'],
        present: ['m-1', 'm-2'],
        comment: 'Семья многодетная',
        protocol_number: '12/34',
        decision: 'approved',
      },
      language: 'ru',
    })
    await vi.waitFor(() => expect(q(root, 'document-pages')?.dataset.pages).toBe('2'))
    expect(q(root, 'protocol-state')!.textContent).toBe('Проект')
    expect(q(root, 'protocol-number')!.textContent).toBe('12/34')
    expect(all(root, 'protocol-application')[0].textContent).toContain('Одобрено')
    expect(all(root, 'protocol-present-member').map((m) => m.dataset.uid)).toEqual(['m-1', 'm-2'])
    expect(q(root, 'protocol-sign')).toBeNull()

    // "Close" keeps the draft: the list shows the application in it.
    q(root, 'protocol-close')!.click()
    await vi.waitFor(() => expect(all(root, 'review-row')).toHaveLength(2))
    expect(all(root, 'review-row')[0].textContent).toContain('№ 12/34')
    expect(fake.commission.protocolList).toHaveLength(1)
  })

  it('sends the draft for signature, after which the review is read-only', async () => {
    const fake = new FakeBackend(10).signedIn('secretary')
    const root = start(fake)
    await openReview(root, 5)
    byData(root, 'review-member', 'uid', 'm-1').click()
    type(q(root, 'review-protocol-number'), '7')
    byData(root, 'review-decision', 'value', 'rejected').click()
    flushSync()
    q(root, 'review-save')!.click()
    await vi.waitFor(() => expect(q(root, 'protocol-send')).not.toBeNull())
    q(root, 'protocol-send')!.click()
    await vi.waitFor(() => expect(q(root, 'protocol-view')?.dataset.state).toBe('sent_for_signature'))
    expect(q(root, 'protocol-send')).toBeNull()
    expect(q(root, 'protocol-sign')).toBeNull() // the secretary does not sign
    expect(q(root, 'protocol-pending')).not.toBeNull()

    q(root, 'protocol-close')!.click()
    await vi.waitFor(() => expect(all(root, 'review-row')).toHaveLength(2))
    all(root, 'review-row')[0].querySelector<HTMLElement>('[data-testid="review-open"]')!.click()
    await vi.waitFor(() => expect(q(root, 'review-form')?.dataset.editable).toBe('false'))
    expect(q(root, 'review-read-only')).not.toBeNull()
    expect((q(root, 'review-save') as HTMLButtonElement).disabled).toBe(true)
  })
})

describe("the chairman's protocol", () => {
  it('signs a protocol sent for signature', async () => {
    const fake = new FakeBackend(10)
    const uid = sentProtocol(fake)
    await fake.importKey('chairman.p12', new Uint8Array([1]), fake.keyPassword)
    const root = start(fake.signedIn('chairman'))
    await openProtocol(root, uid)
    expect(q(root, 'protocol-view')!.dataset.state).toBe('sent_for_signature')
    expect(q(root, 'protocol-send')).toBeNull()

    q(root, 'protocol-sign')!.click()
    await vi.waitFor(() => expect(q(root, 'sign-password')).not.toBeNull())
    type(q(root, 'sign-password'), 'wrong')
    q(root, 'sign-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'sign-error')).not.toBeNull())
    type(q(root, 'sign-password'), fake.keyPassword)
    q(root, 'sign-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'protocol-view')?.dataset.state).toBe('signed'))
    expect(q(root, 'sign-dialog')).toBeNull()
    expect(q(root, 'protocol-state')!.textContent).toBe('Подписан')
    expect(q(root, 'protocol-signer')!.textContent).toBe('Әлиева Айгүл')
    expect(q(root, 'protocol-signed-by')!.textContent).toBe('Сыдыков Нурлан Асанович')
    expect(q(root, 'protocol-signed-at')!.textContent).not.toBe('')
    expect(q(root, 'protocol-sign')).toBeNull()
    expect(fake.calls.find(([c]) => c === 'sign_protocol')?.[1]).toEqual({ uid, keyId: 1, remember: 'never' })
    expect(fake.commission.decided.get(5)).toBe('voucher_issued')
  })

  it('returns a protocol only with a reason, which the secretary then sees', async () => {
    const fake = new FakeBackend(10)
    const uid = sentProtocol(fake)
    const root = start(fake.signedIn('chairman'))
    await openProtocol(root, uid)
    q(root, 'protocol-return')!.click()
    flushSync()
    q(root, 'protocol-return-submit')!.click()
    flushSync()
    expect(q(root, 'protocol-return-error')!.textContent?.trim()).toBe('Укажите причину возврата.')
    expect(fake.calls.some(([c]) => c === 'return_protocol')).toBe(false)

    type(q(root, 'protocol-return-reason'), 'Неверный номер протокола')
    q(root, 'protocol-return-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'protocol-view')?.dataset.state).toBe('returned'))
    expect(fake.calls.find(([c]) => c === 'return_protocol')?.[1]).toEqual({ uid, reason: 'Неверный номер протокола' })
    expect(q(root, 'protocol-returned-reason')!.textContent).toContain('Неверный номер протокола')
    unmount(app!)
    app = null

    // The secretary sees the reason and may send it again.
    const secretary = start(fake.signedIn('secretary'))
    await openProtocol(secretary, uid)
    expect(q(secretary, 'protocol-returned-reason')!.textContent).toContain('Неверный номер протокола')
    q(secretary, 'protocol-send')!.click()
    await vi.waitFor(() => expect(q(secretary, 'protocol-view')?.dataset.state).toBe('sent_for_signature'))
  })

  it('lists the protocols with their state and the pending badge', async () => {
    const fake = new FakeBackend(10)
    const uid = sentProtocol(fake)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'nav-protocols')).not.toBeNull())
    q(root, 'nav-protocols')!.click()
    await vi.waitFor(() => expect(all(root, 'protocol-row')).toHaveLength(1))
    const row = all(root, 'protocol-row')[0]
    expect(row.dataset.uid).toBe(uid)
    expect(row.dataset.state).toBe('sent_for_signature')
    expect(row.textContent).toContain('№ 12/34')
    expect(row.textContent).toContain('23.11.2026')
    expect(row.textContent).toContain('На подписи у председателя')
    expect(q(row, 'protocol-pending')).not.toBeNull()
  })
})
