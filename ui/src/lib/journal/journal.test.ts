import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBackend } from '../backend/fake'
import type { JournalQuery } from '../generated/JournalQuery'
import { JournalState } from './journal.svelte'
import { emptyFilters } from './view'

function journalCalls(fake: FakeBackend): JournalQuery[] {
  return fake.calls.filter(([c]) => c === 'journal_page').map(([, q]) => q as JournalQuery)
}

describe('JournalState against the fake backend', () => {
  let fake: FakeBackend
  let journal: JournalState

  beforeEach(() => {
    fake = new FakeBackend(120)
    journal = new JournalState(fake, 250)
  })

  it('loads the first page, newest first, with the total', async () => {
    await journal.load()
    expect(journal.result?.total).toBe(120)
    expect(journal.result?.rows).toHaveLength(50)
    expect(journal.pages).toBe(3)
    const dates = journal.result!.rows.map((r) => r.registered_at)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(journal.loading).toBe(false)
  })

  it('filters go back to page 1 and reach the backend', async () => {
    await journal.load()
    await journal.goToPage(2)
    expect(journal.view.page).toBe(2)
    await journal.setFilters({ ...emptyFilters(), statuses: ['in_queue'], kind: 'queue' })
    expect(journal.view.page).toBe(0)
    const last = journalCalls(fake).at(-1)!
    expect(last.statuses).toEqual(['in_queue'])
    expect(last.kind).toBe('queue')
    expect(journal.result!.rows.every((r) => r.status === 'in_queue' && r.kind === 'queue')).toBe(
      true,
    )
  })

  it('sorting toggles direction on the same column and restarts paging', async () => {
    await journal.goToPage(1)
    await journal.sortBy('number')
    expect(journal.view).toMatchObject({ sort: 'number', descending: false, page: 0 })
    expect(journal.result!.rows[0].number).toBe('UO.2024.000001.1')
    await journal.sortBy('number')
    expect(journal.view.descending).toBe(true)
    expect(journal.result!.rows[0].number).toBe('UO.2024.000120.1')
  })

  it('clamps paging to the last page', async () => {
    await journal.load()
    await journal.goToPage(99)
    expect(journal.view.page).toBe(2)
    expect(journal.result!.rows).toHaveLength(20)
    await journal.goToPage(-3)
    expect(journal.view.page).toBe(0)
  })

  it('a smaller page size keeps the first visible row', async () => {
    await journal.load()
    await journal.goToPage(1) // rows 51..100
    await journal.setPageSize(25)
    expect(journal.view).toMatchObject({ page: 2, pageSize: 25 }) // rows 51..75
    expect(journal.pages).toBe(5)
  })

  it('reset clears search and filters but keeps sort and page size', async () => {
    await journal.sortBy('child_name')
    await journal.setPageSize(25)
    journal.searchText = 'Ахм'
    await journal.setFilters({ ...emptyFilters(), regionId: 1 })
    await journal.reset()
    expect(journal.view.search).toBe('')
    expect(journal.view.filters).toEqual(emptyFilters())
    expect(journal.view).toMatchObject({ sort: 'child_name', pageSize: 25 })
    expect(journal.result!.total).toBe(120)
  })

  it('shows an error as ApiError and keeps the last rows', async () => {
    await journal.load()
    const before = journal.result
    fake.failNext.journal_page = { code: 'storage', detail: 'disk I/O error', args: {} }
    await journal.goToPage(1)
    expect(journal.error?.code).toBe('storage')
    expect(journal.result).toBe(before)
    await journal.goToPage(1)
    expect(journal.error).toBeNull()
  })

  describe('stale responses', () => {
    it('shows only the latest answer when an older one arrives last', async () => {
      fake.holdJournal = true
      const first = journal.setFilters({ ...emptyFilters(), statuses: ['enrolled'] })
      const second = journal.setFilters({ ...emptyFilters(), statuses: ['withdrawn'] })
      await vi.waitFor(() => expect(fake.held).toHaveLength(2))
      fake.release(1) // the newer request answers first
      await second
      expect(journal.result!.rows.every((r) => r.status === 'withdrawn')).toBe(true)
      expect(journal.loading).toBe(false)
      fake.release(0) // then the stale one
      await first
      expect(journal.result!.rows.every((r) => r.status === 'withdrawn')).toBe(true)
    })

    it('keeps the old rows visible while the next page loads', async () => {
      await journal.load()
      const shown = journal.result
      fake.holdJournal = true
      const next = journal.goToPage(1)
      await vi.waitFor(() => expect(fake.held).toHaveLength(1))
      expect(journal.loading).toBe(true)
      expect(journal.result).toBe(shown)
      fake.release(0)
      await next
      expect(journal.loading).toBe(false)
      expect(journal.result!.page).toBe(1)
    })
  })

  describe('search debounce', () => {
    beforeEach(() => vi.useFakeTimers())
    afterEach(() => vi.useRealTimers())

    it('sends one request after typing pauses', async () => {
      journal.setSearch('А')
      journal.setSearch('Ах')
      journal.setSearch('Ахм')
      await vi.advanceTimersByTimeAsync(249)
      expect(journalCalls(fake)).toHaveLength(0)
      await vi.advanceTimersByTimeAsync(1)
      expect(journalCalls(fake)).toHaveLength(1)
      expect(journalCalls(fake)[0].search).toBe('Ахм')
      await vi.runAllTimersAsync()
      expect(journal.result!.rows.length).toBeGreaterThan(0)
      expect(
        journal.result!.rows.every((r) => /(^| )ахм/i.test(`${r.child_name} ${r.applicant_name}`)),
      ).toBe(true)
    })

    it('a new search starts at page 1, also when paging before the pause', async () => {
      await journal.load()
      await journal.goToPage(2)
      journal.setSearch('UO.2024.00001')
      await journal.goToPage(1) // applies the typed search at once
      expect(journal.view.page).toBe(0)
      expect(journalCalls(fake).at(-1)!.search).toBe('UO.2024.00001')
      expect(journal.result!.total).toBe(10) // 000010..000019
      await vi.advanceTimersByTimeAsync(500)
      expect(journalCalls(fake)).toHaveLength(3) // the debounce was cancelled
    })
  })
})
