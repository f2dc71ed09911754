import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import type { DatasetDocument, DatasetUnit } from '../model/documents.js'
import type { Located } from '../model/source.js'
import { Rational } from '../money/rational.js'
import { checkDatasetTotals } from './check-dataset-totals.js'

const FILE = 'data/folk.yaml'
const at = (start: number) => ({ file: FILE, span: [start, start + 1] as const })
const located = <T>(value: T, start = 0): Located<T> => ({ value, at: at(start) })

function unit(id: string, value?: Rational): DatasetUnit {
  const values = new Map(value ? [['folk', located(value)]] : [])
  return { id: located(id), name: id, values, at: at(0) }
}

function dataset(total: string, units: DatasetUnit[]): DatasetDocument {
  return {
    kind: 'Dataset',
    apiVersion: 'fordela/v1',
    id: located('folk'),
    title: located('Folk'),
    file: FILE,
    at: at(0),
    unitKind: located('lan'),
    referenceDate: located('2023-12-31'),
    source: { publisher: located('SCB') },
    measures: [{ id: located('folk'), total: located(new Decimal(total), 40) }],
    units,
  }
}

describe('checkDatasetTotals', () => {
  it('accepts a total equal to the exact sum, a missing value counting as nothing', () => {
    // Stockholm 2 454 821 + Uppsala 404 589 = 2 859 410.
    const units = [unit('01', Rational.of(2454821)), unit('03', Rational.of(404589)), unit('04')]
    expect(checkDatasetTotals(dataset('2859410', units))).toEqual([])
  })

  it('reports a mismatch at the total with both figures and the difference', () => {
    // 2 454 821 + 404 589 = 2 859 410, one less than the stated 2 859 411.
    const units = [unit('01', Rational.of(2454821)), unit('03', Rational.of(404589))]
    const [mismatch, ...rest] = checkDatasetTotals(dataset('2859411', units))
    expect(rest).toEqual([])
    expect(mismatch?.code).toBe('data/total-mismatch')
    expect(mismatch?.span).toEqual([40, 41])
    expect(mismatch?.message.en).toBe(
      'The values of folk add up to 2 859 410, but total says 2 859 411 (difference -1).',
    )
  })

  it('sums fractions exactly', () => {
    // 1/3 + 2/3 = 1 exactly; 1/3 + 1/3 = 2/3 has no finite decimal form and is shown as a fraction.
    expect(checkDatasetTotals(dataset('1', [unit('a', Rational.of(1, 3)), unit('b', Rational.of(2, 3))]))).toEqual([])
    const [mismatch] = checkDatasetTotals(dataset('1', [unit('a', Rational.of(1, 3)), unit('b', Rational.of(1, 3))]))
    expect(mismatch?.message.en).toBe('The values of folk add up to 2/3, but total says 1 (difference -1/3).')
  })
})
