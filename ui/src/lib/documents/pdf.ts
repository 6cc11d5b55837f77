//! Renders a PDF's pages onto canvases with pdf.js (the webview has no PDF viewer of its own).
//! Loaded lazily by the viewer, so nothing else pays for pdf.js.

import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

/** Draws every page of `data` into `container` (replacing what was there); returns the count. */
export async function renderPdf(data: Uint8Array, container: HTMLElement, width: number): Promise<number> {
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const pdf = await getDocument({ data: data.slice(), isEvalSupported: false }).promise
  container.replaceChildren()
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const base = page.getViewport({ scale: 1 })
    const ratio = window.devicePixelRatio || 1
    const viewport = page.getViewport({ scale: (width / base.width) * ratio })
    const canvas = document.createElement('canvas')
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    canvas.style.width = `${Math.floor(viewport.width / ratio)}px`
    canvas.dataset.page = String(n)
    canvas.className = 'pdf-page'
    container.append(canvas)
    await page.render({ canvas, viewport }).promise
  }
  const pages = pdf.numPages
  await pdf.destroy()
  return pages
}
