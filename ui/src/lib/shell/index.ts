//! Public module of the app shell: navigation, screens, error display.

export { default as Nav } from './Nav.svelte'
export { default as Header } from './Header.svelte'
export { default as ErrorMessage } from './ErrorMessage.svelte'
export { COMMISSION_SECTIONS, sectionOf, type Screen, type Section } from './screen'
export { Action } from './action.svelte'
