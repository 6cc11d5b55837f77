//! Switching the interface language: at once on screen, then saved; put back if saving fails.

import type { Backend } from '../backend'

interface LanguageState {
  readonly language: string
  setLanguage(language: string): void
}

export async function changeLanguage(
  backend: Backend,
  i18n: LanguageState,
  language: string,
): Promise<void> {
  const before = i18n.language
  if (language === before) return
  i18n.setLanguage(language)
  try {
    const saved = await backend.setLanguage(language)
    i18n.setLanguage(saved.language)
  } catch (e) {
    i18n.setLanguage(before)
    throw e
  }
}
