//! Public module of "My keys": the screen, the certificate view.

export { default as KeysScreen } from './KeysScreen.svelte'
export { default as CertificateView } from './CertificateView.svelte'
export { ownerOf } from './owner'
