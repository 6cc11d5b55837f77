//! Public module of documents: the viewer with its signing dialog.

export { default as DocumentViewer } from './DocumentViewer.svelte'
export { default as SignDialog } from './SignDialog.svelte'
