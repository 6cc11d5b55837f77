// "My keys" and signing in the whole app over the fake backend: import with a wrong then the
// right password, the certificate, then a document generated on a card, signed in the dialog.
import { flushSync, mount, unmount } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from '../../App.svelte'
import { FakeBackend } from '../backend/fake'
import { i18n } from '../i18n'

// pdf.js needs a real canvas; the viewer's rendering is covered by the end-to-end tests.
vi.mock('../documents/pdf', () => ({ renderPdf: async () => 1 }))

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

function pick(input: HTMLElement | null, name: string) {
  const file = new File([new Uint8Array([48, 130, 1, 2])], name)
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
}

function type(input: HTMLElement | null, value: string) {
  const el = input as HTMLInputElement
  el.value = value
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

afterEach(() => {
  if (app) unmount(app)
  app = null
  i18n.setLanguage('ru')
})

describe('My keys', () => {
  it('refuses a wrong password with its message, then imports and shows the certificate', async () => {
    const fake = new FakeBackend(10)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'nav-keys')).not.toBeNull())
    q(root, 'nav-keys')!.click()
    await vi.waitFor(() => expect(q(root, 'keys-empty')).not.toBeNull())

    pick(q(root, 'key-file'), 'RSA256_test.p12')
    type(q(root, 'key-password'), 'wrong')
    q(root, 'key-import')!.click()
    await vi.waitFor(() =>
      expect(q(root, 'keys-error')?.textContent?.trim()).toBe('Неверный пароль к файлу ключа.'),
    )
    expect(all(root, 'key-row')).toHaveLength(0)

    type(q(root, 'key-password'), fake.keyPassword)
    q(root, 'key-import')!.click()
    await vi.waitFor(() => expect(all(root, 'key-row')).toHaveLength(1))
    expect(q(root, 'key-details')?.textContent).toContain('Әлиева Айгүл')
    expect(q(root, 'key-status')?.textContent?.trim()).toBe('Сертификат может подписывать сейчас.')
    expect(fake.calls.find(([c]) => c === 'import_key')?.[1]).toEqual({
      fileName: 'RSA256_test.p12',
      size: 4,
    })
  })

  it('generates a document on a card and signs it in the dialog', async () => {
    const fake = new FakeBackend(10)
    await fake.importKey('k.p12', new Uint8Array([1]), fake.keyPassword)
    const root = start(fake)
    await vi.waitFor(() => expect(all(root, 'journal-row').length).toBeGreaterThan(0))
    all(root, 'journal-row')[0].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    )
    await vi.waitFor(() => expect(q(root, 'tab-documents')).not.toBeNull())
    q(root, 'tab-documents')!.click()
    await vi.waitFor(() => expect(q(root, 'document-generate')).not.toBeNull())
    q(root, 'document-generate')!.click()
    await vi.waitFor(() => expect(q(root, 'document-unsigned')).not.toBeNull())

    q(root, 'document-sign')!.click()
    await vi.waitFor(() => expect(q(root, 'sign-password')).not.toBeNull())
    type(q(root, 'sign-password'), 'wrong')
    q(root, 'sign-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'sign-error')).not.toBeNull())
    type(q(root, 'sign-password'), fake.keyPassword)
    q(root, 'sign-submit')!.click()
    await vi.waitFor(() => expect(all(root, 'signature')).toHaveLength(1))
    expect(q(root, 'sign-dialog')).toBeNull()
    expect(all(root, 'signature')[0].dataset.valid).toBe('true')
  })

  it('checks a detached signature with its content', async () => {
    const fake = new FakeBackend(10)
    const root = start(fake)
    await vi.waitFor(() => expect(q(root, 'nav-keys')).not.toBeNull())
    q(root, 'nav-keys')!.click()
    await vi.waitFor(() => expect(q(root, 'verify-submit')).not.toBeNull())
    q(root, 'verify-submit')!.click()
    await vi.waitFor(() => expect(q(root, 'verify-panel')?.textContent).toContain('Выберите файл.'))
    pick(q(root, 'verify-signed'), 'list.csv.p7s')
    pick(q(root, 'verify-content'), 'list.csv')
    q(root, 'verify-submit')!.click()
    await vi.waitFor(() => expect(all(root, 'signature')).toHaveLength(1))
    expect(all(root, 'signature')[0].dataset.valid).toBe('true')
    expect(fake.calls.find(([c]) => c === 'verify_file')?.[1]).toEqual({ size: 4, content: 4 })
  })
})
