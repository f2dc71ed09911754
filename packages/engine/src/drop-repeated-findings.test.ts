import { createDiagnostic } from '@fordela/parser'
import { expect, test } from 'vitest'
import { dropRepeatedFindings } from './drop-repeated-findings.js'

test('keeps each finding once, and none that only follows from another at the same place', () => {
  const at = { file: 'parter.yaml', span: [10, 12] as [number, number] }
  const unknown = createDiagnostic('data/unknown-unit', { unit: 'K9', dataset: 'pop' }, at)
  const weight = createDiagnostic('data/missing-weight', { unit: 'K9', measure: 'folkmangd', dataset: 'pop' }, at)
  const elsewhere = createDiagnostic(
    'data/missing-weight',
    { unit: 'K8', measure: 'folkmangd', dataset: 'pop' },
    { file: 'parter.yaml', span: [20, 22] },
  )
  // The same missing weight found by two allocations is one finding; at K9 the unknown unit says it all.
  expect(dropRepeatedFindings([unknown, weight, elsewhere, elsewhere]).map((d) => [d.code, d.span[0]])).toEqual([
    ['data/unknown-unit', 10],
    ['data/missing-weight', 20],
  ])
})
