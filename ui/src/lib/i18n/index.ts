//! Public module of the localisation feature.

export { i18n, t } from './i18n.svelte'
export { LANGUAGES, FALLBACK_LANGUAGE, isLanguage, type Language, type MessageArgs } from './translator'
export { translator } from './locales'
