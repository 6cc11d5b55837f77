import { describe, expect, it } from 'vitest'
import { FakeBackend } from '../backend/fake'
import { changeLanguage } from './language'

function state(initial: string) {
  const seen: string[] = []
  return {
    seen,
    language: initial,
    setLanguage(l: string) {
      this.language = l
      seen.push(l)
    },
  }
}

describe('changeLanguage', () => {
  it('switches at once and saves through set_language', async () => {
    const fake = new FakeBackend(1)
    const s = state('ru')
    await changeLanguage(fake, s, 'ky')
    expect(s.language).toBe('ky')
    expect(fake.calls).toContainEqual(['set_language', { language: 'ky' }])
    expect((await fake.startup()).settings.language).toBe('ky')
  })

  it('puts the old language back when saving fails', async () => {
    const fake = new FakeBackend(1)
    fake.failNext.set_language = { code: 'storage', detail: 'read-only', args: {} }
    const s = state('kk')
    await expect(changeLanguage(fake, s, 'en')).rejects.toMatchObject({ code: 'storage' })
    expect(s.seen).toEqual(['en', 'kk'])
    expect(s.language).toBe('kk')
  })

  it('does nothing for the current language', async () => {
    const fake = new FakeBackend(1)
    await changeLanguage(fake, state('ru'), 'ru')
    expect(fake.calls).toEqual([])
  })
})
