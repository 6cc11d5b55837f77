//! Fluent bundles for every interface language with fallback to Russian (the reference
//! locale). Pure: fed with file texts, so tests can build one from the files on disk.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle'

export const LANGUAGES = ['ru', 'kk', 'ky', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const FALLBACK_LANGUAGE: Language = 'ru'

export type MessageArgs = Record<string, FluentVariable | null | undefined>

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x)
}

/** Groups file texts keyed by path (`…/locales/<lang>/<file>.ftl`) by language. */
export function groupByLanguage(files: Record<string, string>): Record<Language, string[]> {
  const out: Record<Language, string[]> = { ru: [], kk: [], ky: [], en: [] }
  for (const path of Object.keys(files).sort()) {
    const m = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path)
    if (m && isLanguage(m[1])) out[m[1]].push(files[path])
  }
  return out
}

export class Translator {
  private bundles = new Map<Language, FluentBundle>()
  /** Problems found while parsing, e.g. a syntax error or a duplicated id. */
  readonly problems: string[] = []

  constructor(resources: Record<Language, string[]>) {
    for (const lang of LANGUAGES) {
      const bundle = new FluentBundle(lang, { useIsolating: false })
      for (const text of resources[lang] ?? []) {
        const resource = new FluentResource(text)
        for (const e of bundle.addResource(resource)) this.problems.push(`${lang}: ${e.message}`)
      }
      this.bundles.set(lang, bundle)
    }
  }

  /** Whether `lang` itself (without fallback) has the message. */
  has(lang: Language, id: string): boolean {
    return this.bundles.get(lang)?.hasMessage(id) ?? false
  }

  /** The message in `lang`, else in Russian, else the id itself (so a gap is visible). */
  format(lang: Language, id: string, args?: MessageArgs): string {
    for (const l of lang === FALLBACK_LANGUAGE ? [lang] : [lang, FALLBACK_LANGUAGE]) {
      const bundle = this.bundles.get(l)
      const message = bundle?.getMessage(id)
      if (bundle && message?.value) {
        const clean: Record<string, FluentVariable> = {}
        for (const [k, v] of Object.entries(args ?? {})) if (v != null) clean[k] = v
        const errors: Error[] = []
        return bundle.formatPattern(message.value, clean, errors)
      }
    }
    return id
  }
}
