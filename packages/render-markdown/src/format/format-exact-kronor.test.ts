import { expect, test } from 'vitest'
import { Rational } from '@fordela/parser'
import { formatExactKronor } from './format-exact-kronor.js'

const exact = (num: number, den: number) => formatExactKronor(Rational.of(num, den)).replaceAll('\u00a0', '~')

test('formatExactKronor shows whole kronor, or two decimals cut with … when more follow', () => {
  // 19 408 944 / 3 = 6 469 648 exactly (suicidprevention's thirds).
  expect(exact(19_408_944, 3)).toBe('6~469~648~kr')
  // 28 492 514 / 3 = 9 497 504,666…: cut, never rounded up.
  expect(exact(28_492_514, 3)).toBe('9~497~504,66…~kr')
  // 25 / 2 = 12,5: exact with two decimals.
  expect(exact(25, 2)).toBe('12,50~kr')
  // 1 005 / 1 000 = 1,005 → 1,00…
  expect(exact(1_005, 1_000)).toBe('1,00…~kr')
})
