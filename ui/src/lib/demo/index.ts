//! Public module of the first-start demo offer.

export { default as DemoOffer } from './DemoOffer.svelte'
