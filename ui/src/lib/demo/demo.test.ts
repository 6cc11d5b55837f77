import { describe, expect, it } from 'vitest'
import { FakeBackend } from '../backend/fake'
import type { DemoProgress } from '../generated/DemoProgress'
import { parseDemoCount, progressPercent } from './demo'

describe('parseDemoCount', () => {
  it('accepts whole numbers in range', () => {
    expect(parseDemoCount('10000')).toBe(10000)
    expect(parseDemoCount('10 000')).toBe(10000)
    expect(parseDemoCount(1)).toBe(1)
    expect(parseDemoCount('200000')).toBe(200000)
  })
  it('refuses zero, negatives, fractions, text and too many', () => {
    for (const bad of ['0', '-5', '2.5', 'abc', '', '200001']) {
      expect(parseDemoCount(bad), bad).toBeNull()
    }
  })
})

describe('progressPercent', () => {
  it('is a whole percentage, 0 before the first step', () => {
    expect(progressPercent(null)).toBe(0)
    expect(progressPercent({ done: 0, total: 0 })).toBe(0)
    expect(progressPercent({ done: 2500, total: 10000 })).toBe(25)
    expect(progressPercent({ done: 9999, total: 10000 })).toBe(99)
    expect(progressPercent({ done: 10000, total: 10000 })).toBe(100)
  })
})

describe('loading demo data through the backend', () => {
  it('reports progress up to the total, then the database is no longer empty', async () => {
    const fake = new FakeBackend(0)
    expect((await fake.startup()).database_empty).toBe(true)
    const seen: DemoProgress[] = []
    await fake.loadDemo(40, (p) => seen.push(p))
    expect(seen.at(-1)).toEqual({ done: 40, total: 40 })
    expect((await fake.startup()).database_empty).toBe(false)
    await expect(fake.loadDemo(40, () => {})).rejects.toMatchObject({ code: 'not_empty' })
  })
})
