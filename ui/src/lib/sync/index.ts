//! Public module of the sync feature: the state, the header's indicator, the rejections.

export { SyncState, BACKGROUND_MINUTES } from './sync.svelte'
export { provideSync, useSync } from './context'
export { default as SyncIndicator } from './SyncIndicator.svelte'
export { default as RejectionsPanel } from './RejectionsPanel.svelte'
