//! The Fluent files of ../locales, bundled into the app at build time.

import { groupByLanguage, Translator } from './translator'

const files = import.meta.glob<string>('../../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export const translator = new Translator(groupByLanguage(files))
