//! Public module of documents: the viewer with its signing dialog, and a PDF's pages.

export { default as DocumentViewer } from './DocumentViewer.svelte'
export { default as SignDialog } from './SignDialog.svelte'
export { default as PdfPages } from './PdfPages.svelte'
