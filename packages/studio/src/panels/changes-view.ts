import { compareAllocations, type AllocationEvaluation, type AmountChange } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { t } from '../ui/texts.js'
import type { TableSpec } from './create-table.js'

const formatSide = (value: AmountChange['before']) => (value ? formatKronor(value) : '–')
const formatChange = (change: AmountChange) =>
  `${change.change.isPositive() && !change.change.isZero() ? '+' : ''}${formatKronor(change.change)}`

/**
 * Who gets more and who gets less than in the version that was opened,
 * funds and sections too: only the rows that changed (the texts of a
 * table), or `none` when no amount changed.
 */
export function tabulateChanges(before: AllocationEvaluation, after: AllocationEvaluation): TableSpec | 'none' {
  const comparison = compareAllocations(before, after)
  const rows = [...comparison.funds, ...comparison.sections, ...comparison.parties].filter(
    (row) => !row.change.isZero(),
  )
  if (rows.length === 0 && comparison.total.change.isZero()) return 'none'
  return {
    caption: after.allocation.title.value,
    head: ['', t('before'), t('after'), t('change')],
    rows: rows.map((row) => [row.name, formatSide(row.before), formatSide(row.after), formatChange(row)]),
    foot: [
      t('total'),
      formatSide(comparison.total.before),
      formatSide(comparison.total.after),
      formatChange(comparison.total),
    ],
  }
}
