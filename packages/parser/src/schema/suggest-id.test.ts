import { expect, test } from 'vitest'
import { suggestId } from './suggest-id.js'

test('suggestId lowers case, drops Swedish marks and joins words with hyphens', () => {
  expect(suggestId('Fyrbodal')).toBe('fyrbodal')
  expect(suggestId('Södra Älvsborg')).toBe('sodra-alvsborg')
  expect(suggestId('Göteborgsregionen (GR)')).toBe('goteborgsregionen-gr')
  expect(suggestId('delmål_6')).toBe('delmal-6')
})

test('suggestId offers nothing when no id-like text remains', () => {
  expect(suggestId('–')).toBe('')
  expect(suggestId('ok-id')).toBe('')
})
