import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FluentResource } from '@fluent/bundle'
import { i18n, t } from './i18n.svelte'
import { translator } from './locales'
import { groupByLanguage, LANGUAGES, Translator } from './translator'

// Vitest runs in ui/ (npm test); the locale files are the project's, next to it.
const LOCALES = resolve(process.cwd(), '../locales')

function idsOf(lang: string): Map<string, string> {
  // id → file, for every message (not terms) in every file of the language
  const ids = new Map<string, string>()
  for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.ftl'))) {
    const text = readFileSync(join(LOCALES, lang, file), 'utf8')
    for (const m of text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) ids.set(m[1], file)
  }
  return ids
}

describe('the bundled locale files', () => {
  it('include every language and parse without problems', () => {
    expect(translator.problems).toEqual([])
    for (const lang of LANGUAGES) expect(translator.has(lang, 'app-title')).toBe(true)
  })

  it('have every ru id in kk, ky and en, in the same file', () => {
    const ru = idsOf('ru')
    expect(ru.size).toBeGreaterThan(100)
    for (const lang of ['kk', 'ky', 'en']) {
      const other = idsOf(lang)
      const missing = [...ru].filter(([id, file]) => other.get(id) !== file).map(([id]) => id)
      expect(missing, `${lang} lacks (or misplaces) these ids`).toEqual([])
    }
  })

  it('are well-formed Fluent (the parser keeps no junk)', () => {
    for (const lang of LANGUAGES) {
      for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.ftl'))) {
        const text = readFileSync(join(LOCALES, lang, file), 'utf8')
        const resource = new FluentResource(text)
        const declared = [...text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].length
        expect(resource.body.length, `${lang}/${file}`).toBe(declared)
      }
    }
  })
})

describe('formatting', () => {
  it('formats a message in each language', () => {
    expect(translator.format('ru', 'nav-settings')).toBe('Настройки')
    for (const lang of LANGUAGES) {
      const text = translator.format(lang, 'journal-page', { page: 2, pages: 7 })
      expect(text, lang).toContain('2')
      expect(text, lang).toContain('7')
      expect(text, lang).not.toBe('journal-page')
    }
    // the self-names of the languages are the same in every language
    expect(translator.format('en', 'ui-language-kk')).toBe('Қазақша')
    expect(translator.format('kk', 'ui-language-en')).toBe('English')
  })

  it('uses Russian plural forms for journal-total', () => {
    const total = (count: number) => translator.format('ru', 'journal-total', { count })
    expect(total(1)).toBe('Найдено 1 заявление')
    expect(total(3)).toBe('Найдено 3 заявления')
    expect(total(5)).toBe('Найдено 5 заявлений')
    expect(total(21)).toBe('Найдено 21 заявление')
    expect(total(11)).toBe('Найдено 11 заявлений')
  })

  it('falls back to ru for a message missing in another language, then to the id', () => {
    const tr = new Translator(
      groupByLanguage({
        '/x/locales/ru/ui.ftl': 'only-ru = Только по-русски\nboth = Оба',
        '/x/locales/en/ui.ftl': 'both = Both',
      }),
    )
    expect(tr.format('en', 'both')).toBe('Both')
    expect(tr.format('en', 'only-ru')).toBe('Только по-русски')
    expect(tr.format('kk', 'only-ru')).toBe('Только по-русски')
    expect(tr.format('en', 'nowhere')).toBe('nowhere')
  })

  it('passes error arguments with $detail', () => {
    expect(
      translator.format('ru', 'error-database_too_new', { found: '9', supported: '3' }),
    ).toContain('9')
    expect(translator.format('ru', 'error-storage', { detail: 'disk full' })).toBe(
      'Ошибка локальной базы данных: disk full',
    )
  })
})

describe('the reactive current language', () => {
  it('switches t() and the document language, and ignores unknown codes', () => {
    i18n.setLanguage('en')
    expect(i18n.language).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(t('nav-settings')).toBe(translator.format('en', 'nav-settings'))
    i18n.setLanguage('xx')
    expect(i18n.language).toBe('ru')
    expect(t('nav-settings')).toBe('Настройки')
  })
})
