import { describe, expect, it } from 'vitest'
import { FAKE_REFERENCE } from '../backend/fake'
import {
  buildQuery,
  clampPage,
  defaultView,
  districtsOf,
  emptyFilters,
  isFiltered,
  localitiesOf,
  pageAfterResize,
  pageCount,
  rowRange,
  toggleSort,
  withDistrict,
  withRegion,
} from './view'

describe('buildQuery', () => {
  it('sends only sort and paging for the default view', () => {
    expect(buildQuery(defaultView())).toEqual({
      statuses: [],
      sort: 'registered_at',
      descending: true,
      page: 0,
      page_size: 50,
    })
  })

  it('maps every filter to its query field and trims the search', () => {
    const view = defaultView()
    view.search = '  9608 '
    view.filters = {
      statuses: ['in_queue', 'notified'],
      kind: 'voucher',
      benefitCategoryId: 3,
      regionId: 1,
      districtId: 10,
      localityId: 101,
      registeredFrom: '2024-01-01',
      registeredTo: '2024-12-31',
    }
    view.page = 2
    view.pageSize = 25
    expect(buildQuery(view)).toEqual({
      search: '9608',
      statuses: ['in_queue', 'notified'],
      kind: 'voucher',
      benefit_category_id: 3,
      region_id: 1,
      district_id: 10,
      locality_id: 101,
      registered_from: '2024-01-01',
      registered_to: '2024-12-31',
      sort: 'registered_at',
      descending: true,
      page: 2,
      page_size: 25,
    })
  })

  it('leaves out a blank search and half-typed dates', () => {
    const view = defaultView()
    view.search = '   '
    view.filters.registeredFrom = '2024-1'
    const q = buildQuery(view)
    expect('search' in q).toBe(false)
    expect('registered_from' in q).toBe(false)
  })

  it('copies the statuses so the query does not share the view array', () => {
    const view = defaultView()
    view.filters.statuses = ['enrolled']
    const q = buildQuery(view)
    view.filters.statuses.push('rejected')
    expect(q.statuses).toEqual(['enrolled'])
  })
})

describe('toggleSort', () => {
  it('reverses the same column', () => {
    expect(toggleSort({ sort: 'number', descending: false }, 'number')).toEqual({
      sort: 'number',
      descending: true,
    })
    expect(toggleSort({ sort: 'number', descending: true }, 'number')).toEqual({
      sort: 'number',
      descending: false,
    })
  })
  it('sorts a new column ascending', () => {
    expect(toggleSort({ sort: 'registered_at', descending: true }, 'child_name')).toEqual({
      sort: 'child_name',
      descending: false,
    })
  })
})

describe('page math', () => {
  it('counts pages, with one page for nothing', () => {
    expect(pageCount(0, 50)).toBe(1)
    expect(pageCount(50, 50)).toBe(1)
    expect(pageCount(51, 50)).toBe(2)
    expect(pageCount(10_000, 25)).toBe(400)
  })
  it('clamps pages into range', () => {
    expect(clampPage(-1, 120, 50)).toBe(0)
    expect(clampPage(5, 120, 50)).toBe(2)
    expect(clampPage(1, 0, 50)).toBe(0)
  })
  it('keeps the first visible row on screen after a page size change', () => {
    // page 3 of 25 starts at row 76, which is on page 1 of 50 and page 0 of 100
    expect(pageAfterResize(3, 25, 50)).toBe(1)
    expect(pageAfterResize(3, 25, 100)).toBe(0)
    expect(pageAfterResize(1, 100, 25)).toBe(4)
  })
  it('gives the row range of a page', () => {
    expect(rowRange(0, 50, 120)).toEqual([1, 50])
    expect(rowRange(2, 50, 120)).toEqual([101, 120])
    expect(rowRange(0, 50, 0)).toBeNull()
    expect(rowRange(3, 50, 120)).toBeNull()
  })
})

describe('place filters cascade', () => {
  it('clears district and locality when the region changes', () => {
    const f = { ...emptyFilters(), regionId: 1, districtId: 10, localityId: 100 }
    expect(withRegion(f, 2)).toMatchObject({ regionId: 2, districtId: null, localityId: null })
    expect(withDistrict(f, 11)).toMatchObject({ regionId: 1, districtId: 11, localityId: null })
  })
  it('offers districts of the region and localities of the district only', () => {
    expect(districtsOf(FAKE_REFERENCE, 1).map((d) => d.id)).toEqual([10, 11])
    expect(districtsOf(FAKE_REFERENCE, null)).toEqual([])
    expect(localitiesOf(FAKE_REFERENCE, 1, 10).map((l) => l.id)).toEqual([100, 101])
    expect(localitiesOf(FAKE_REFERENCE, 2, 10)).toEqual([])
    expect(localitiesOf(FAKE_REFERENCE, 1, null)).toEqual([])
  })
})

describe('isFiltered', () => {
  it('is false for the default view and true once anything narrows it', () => {
    const view = defaultView()
    expect(isFiltered(view)).toBe(false)
    view.filters.kind = 'queue'
    expect(isFiltered(view)).toBe(true)
  })
})
