//! The current interface language as reactive state: `t()` reads it, so every label in every
//! component re-renders when `setLanguage` switches it, without a reload.

import { translator } from './locales'
import { FALLBACK_LANGUAGE, isLanguage, type Language, type MessageArgs } from './translator'

let current = $state<Language>(FALLBACK_LANGUAGE)

export const i18n = {
  get language(): Language {
    return current
  },
  /** Switches the language; an unknown code falls back to Russian. */
  setLanguage(language: string): void {
    current = isLanguage(language) ? language : FALLBACK_LANGUAGE
    if (typeof document !== 'undefined') document.documentElement.lang = current
  },
}

/** The message `id` in the current language. */
export function t(id: string, args?: MessageArgs): string {
  return translator.format(current, id, args)
}
