//! Public module of the journal feature.

export { JournalState, SEARCH_DEBOUNCE_MS } from './journal.svelte'
export { default as JournalScreen } from './JournalScreen.svelte'
