import { compareAllocations, type AllocationEvaluation, type AmountChange } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { t } from '../ui/texts.js'
import { createTable } from './create-table.js'

const formatSide = (value: AmountChange['before']) => (value ? formatKronor(value) : '–')
const formatChange = (change: AmountChange) => `${change.change.isPositive() && !change.change.isZero() ? '+' : ''}${formatKronor(change.change)}`

/**
 * Who gets more and who gets less than in the version that was opened,
 * funds and sections too: only the rows that changed.
 */
export function renderChanges(before: AllocationEvaluation, after: AllocationEvaluation): HTMLElement {
  const comparison = compareAllocations(before, after)
  const box = document.createElement('div')
  const rows = [...comparison.funds, ...comparison.sections, ...comparison.parties].filter((row) => !row.change.isZero())
  if (rows.length === 0 && comparison.total.change.isZero()) {
    const none = document.createElement('p')
    none.textContent = t('noChanges')
    box.append(none)
    return box
  }
  const intro = document.createElement('p')
  intro.textContent = t('changesIntro')
  box.append(intro)
  box.append(
    createTable({
      caption: after.allocation.title.value,
      head: ['', t('before'), t('after'), t('change')],
      rows: rows.map((row) => [row.name, formatSide(row.before), formatSide(row.after), formatChange(row)]),
      foot: [t('total'), formatSide(comparison.total.before), formatSide(comparison.total.after), formatChange(comparison.total)],
    }),
  )
  return box
}
