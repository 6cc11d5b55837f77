//! The journal's live state. It lives as long as the app (not the screen), so filters, page,
//! sort and search survive a visit to a card. Old rows stay on screen while the next page
//! loads, and only the latest request's answer is shown.

import type { Backend } from '../backend'
import { toApiError } from '../backend'
import type { ApiError } from '../generated/ApiError'
import type { JournalPage } from '../generated/JournalPage'
import type { ReferenceData } from '../generated/ReferenceData'
import type { SortColumn } from '../generated/SortColumn'
import { LatestOnly } from './latest'
import {
  buildQuery,
  clampPage,
  defaultView,
  emptyFilters,
  pageAfterResize,
  pageCount,
  toggleSort,
  type JournalFilters,
  type JournalView,
} from './view'

export const SEARCH_DEBOUNCE_MS = 250

export class JournalState {
  view = $state<JournalView>(defaultView())
  /** What is typed in the search box; applied to `view.search` after the debounce. */
  searchText = $state('')
  result = $state<JournalPage | null>(null)
  loading = $state(false)
  error = $state<ApiError | null>(null)
  reference = $state<ReferenceData | null>(null)

  readonly pages = $derived(pageCount(this.result?.total ?? 0, this.view.pageSize))

  private latest = new LatestOnly()
  private timer: ReturnType<typeof setTimeout> | null = null
  private backend: Backend
  private debounceMs: number

  constructor(backend: Backend, debounceMs = SEARCH_DEBOUNCE_MS) {
    this.backend = backend
    this.debounceMs = debounceMs
  }

  /** Loads the current view; resolves when this request is answered (or superseded). */
  async load(): Promise<void> {
    this.cancelDebounce()
    if (this.view.search !== this.searchText) {
      // A new search is a new result set: start from its first page.
      this.view.search = this.searchText
      this.view.page = 0
    }
    const query = buildQuery(this.view)
    const ticket = this.latest.next()
    this.loading = true
    try {
      const page = await this.backend.journalPage(query)
      if (!this.latest.isLatest(ticket)) return
      this.result = page
      this.error = null
      // The data may have shrunk under us (another tab of work, a demo load): step back.
      const last = clampPage(page.page, page.total, page.page_size)
      if (page.rows.length === 0 && page.page > last) {
        this.view.page = last
        void this.load()
        return
      }
    } catch (e) {
      if (this.latest.isLatest(ticket)) this.error = toApiError(e)
    } finally {
      if (this.latest.isLatest(ticket)) this.loading = false
    }
  }

  async loadReference(): Promise<void> {
    if (this.reference) return
    try {
      this.reference = await this.backend.referenceData()
    } catch (e) {
      this.error = toApiError(e)
    }
  }

  /** Typing in the search box: loads page 1 once typing pauses. */
  setSearch(text: string): void {
    this.searchText = text
    this.cancelDebounce()
    this.timer = setTimeout(() => {
      this.timer = null
      this.view.page = 0
      void this.load()
    }, this.debounceMs)
  }

  /** Applies the search now (Enter in the box). */
  searchNow(): Promise<void> {
    this.view.page = 0
    return this.load()
  }

  setFilters(filters: JournalFilters): Promise<void> {
    this.view.filters = filters
    this.view.page = 0
    return this.load()
  }

  reset(): Promise<void> {
    this.searchText = ''
    this.view.filters = emptyFilters()
    this.view.page = 0
    return this.load()
  }

  sortBy(column: SortColumn): Promise<void> {
    const next = toggleSort(this.view, column)
    this.view.sort = next.sort
    this.view.descending = next.descending
    this.view.page = 0
    return this.load()
  }

  goToPage(page: number): Promise<void> {
    this.view.page = clampPage(page, this.result?.total ?? 0, this.view.pageSize)
    return this.load()
  }

  setPageSize(size: number): Promise<void> {
    this.view.page = pageAfterResize(this.view.page, this.view.pageSize, size)
    this.view.pageSize = size
    return this.load()
  }

  /** Stops a pending debounced search (the screen is going away for good). */
  dispose(): void {
    this.cancelDebounce()
  }

  private cancelDebounce(): void {
    if (this.timer != null) {
      clearTimeout(this.timer)
      this.timer = null
    }
  }
}
