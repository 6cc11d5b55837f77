//! Public module of the application card feature.

export { default as CardScreen } from './CardScreen.svelte'
