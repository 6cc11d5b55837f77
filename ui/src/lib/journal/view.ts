//! What the journal shows, as plain data: search, filters, sort and page. Pure functions turn
//! it into the backend's `JournalQuery` and do the paging and sorting arithmetic.

import type { DistrictRef } from '../generated/DistrictRef'
import type { JournalQuery } from '../generated/JournalQuery'
import type { LocalityRef } from '../generated/LocalityRef'
import type { ReferenceData } from '../generated/ReferenceData'
import type { SortColumn } from '../generated/SortColumn'

export const PAGE_SIZES = [25, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 50
export const KINDS = ['queue', 'voucher'] as const
export type Kind = (typeof KINDS)[number]

export interface JournalFilters {
  statuses: string[]
  kind: Kind | null
  benefitCategoryId: number | null
  regionId: number | null
  districtId: number | null
  localityId: number | null
  /** `YYYY-MM-DD` or empty, as an `<input type="date">` gives it. */
  registeredFrom: string
  registeredTo: string
}

export interface JournalView {
  /** The applied search (the box's text after the debounce). */
  search: string
  filters: JournalFilters
  sort: SortColumn
  descending: boolean
  /** 0-based. */
  page: number
  pageSize: number
}

/** The columns of the journal in the seeds' order (002), each a sort key. */
export const COLUMNS: readonly SortColumn[] = [
  'number',
  'child_name',
  'child_number',
  'queue_position',
  'applicant_name',
  'registered_at',
  'status',
  'benefit_category',
  'birth_date',
]

export function emptyFilters(): JournalFilters {
  return {
    statuses: [],
    kind: null,
    benefitCategoryId: null,
    regionId: null,
    districtId: null,
    localityId: null,
    registeredFrom: '',
    registeredTo: '',
  }
}

/** Newest applications first: what an operator opening the journal looks for. */
export function defaultView(): JournalView {
  return {
    search: '',
    filters: emptyFilters(),
    sort: 'registered_at',
    descending: true,
    page: 0,
    pageSize: DEFAULT_PAGE_SIZE,
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A fresh plain object (never a reactive proxy) with only the fields that filter. */
export function buildQuery(view: JournalView): JournalQuery {
  const f = view.filters
  const q: JournalQuery = {
    statuses: [...f.statuses],
    sort: view.sort,
    descending: view.descending,
    page: Math.max(0, Math.floor(view.page)),
    page_size: view.pageSize,
  }
  const search = view.search.trim()
  if (search) q.search = search
  if (f.kind) q.kind = f.kind
  if (f.benefitCategoryId != null) q.benefit_category_id = f.benefitCategoryId
  if (f.localityId != null) q.locality_id = f.localityId
  if (f.districtId != null) q.district_id = f.districtId
  if (f.regionId != null) q.region_id = f.regionId
  if (ISO_DATE.test(f.registeredFrom)) q.registered_from = f.registeredFrom
  if (ISO_DATE.test(f.registeredTo)) q.registered_to = f.registeredTo
  return q
}

/** Clicking a header: the same column reverses, another column sorts ascending from page 1. */
export function toggleSort(
  view: Pick<JournalView, 'sort' | 'descending'>,
  column: SortColumn,
): { sort: SortColumn; descending: boolean } {
  if (view.sort === column) return { sort: column, descending: !view.descending }
  return { sort: column, descending: false }
}

/** Number of pages; an empty result still has one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/** `page` moved into `0..pageCount-1`. */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(0, Math.floor(page)), pageCount(total, pageSize) - 1)
}

/** After changing the page size, the page that still shows the first row seen before. */
export function pageAfterResize(page: number, oldSize: number, newSize: number): number {
  return Math.floor((page * oldSize) / newSize)
}

/** 1-based numbers of the first and last row on the page, or null when there are none. */
export function rowRange(page: number, pageSize: number, total: number): [number, number] | null {
  const first = page * pageSize + 1
  if (total <= 0 || first > total) return null
  return [first, Math.min(total, first + pageSize - 1)]
}

/** Choosing a region clears district and locality (they belong to the old region). */
export function withRegion(f: JournalFilters, regionId: number | null): JournalFilters {
  return { ...f, regionId, districtId: null, localityId: null }
}

export function withDistrict(f: JournalFilters, districtId: number | null): JournalFilters {
  return { ...f, districtId, localityId: null }
}

export function districtsOf(ref: ReferenceData | null, regionId: number | null): DistrictRef[] {
  if (!ref || regionId == null) return []
  return ref.regions.find((r) => r.id === regionId)?.districts ?? []
}

export function localitiesOf(
  ref: ReferenceData | null,
  regionId: number | null,
  districtId: number | null,
): LocalityRef[] {
  if (districtId == null) return []
  return districtsOf(ref, regionId).find((d) => d.id === districtId)?.localities ?? []
}

export function isFiltered(view: JournalView): boolean {
  const f = view.filters
  return (
    view.search.trim() !== '' ||
    f.statuses.length > 0 ||
    f.kind != null ||
    f.benefitCategoryId != null ||
    f.regionId != null ||
    f.registeredFrom !== '' ||
    f.registeredTo !== ''
  )
}
