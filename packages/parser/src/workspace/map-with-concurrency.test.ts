import { describe, expect, it } from 'vitest'
import { mapWithConcurrency } from './map-with-concurrency.js'

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0
    let most = 0
    const items = Array.from({ length: 40 }, (_, i) => i)
    const results = await mapWithConcurrency(items, 16, async (item) => {
      running += 1
      most = Math.max(most, running)
      // Later items finish first, so order must come from the indexes, not from completion.
      await new Promise((resolve) => setTimeout(resolve, 40 - item))
      running -= 1
      return item * 2
    })
    expect(results).toEqual(items.map((i) => i * 2))
    expect(most).toBe(16)
  })

  it('returns nothing for no items', async () => {
    expect(await mapWithConcurrency([], 16, async () => 1)).toEqual([])
  })
})
