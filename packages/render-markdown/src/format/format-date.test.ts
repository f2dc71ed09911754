import { expect, test } from 'vitest'
import { formatDate } from './format-date.js'

test('formatDate writes YYYY-MM-DD and leaves other text as written', () => {
  expect(formatDate('2025-01-10')).toBe('2025-01-10')
  expect(formatDate('2026-03-19T10:00:00Z')).toBe('2026-03-19')
  expect(formatDate('första halvåret 2027')).toBe('första halvåret 2027')
})
