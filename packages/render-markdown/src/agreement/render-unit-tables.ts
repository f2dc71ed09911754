import { Decimal } from 'decimal.js'
import type { RootContent } from 'mdast'
import type { AgreementEvaluation, CellEvaluation } from '@fordela/engine'
import { formatKronor, sumKronor, type AgreementArea, type AgreementColumn, type Diagnostic } from '@fordela/parser'
import { bulletList, heading, paragraph, table, type ColumnAlign, type Inline } from '../mdast/build-mdast-nodes.js'
import { say } from '../messages/define-messages.js'
import { noticeMessages } from '../messages/notices.js'
import type { AgreementNames } from './agreement-names.js'

/** How many distinct reasons an incomplete cell lists before it sums up the rest. */
const REASONS_LISTED = 3

/**
 * Per column with a dataset, every unit's amount of every area (all 21 län,
 * all 290 kommuner) with a sum per unit and per area. A cell that could not be
 * computed is not in the table: a sentence says so and why, in the engine's
 * own words, and no amount is made up.
 */
export function renderUnitTables(evaluation: AgreementEvaluation, names: AgreementNames): RootContent[] {
  const agreement = evaluation.agreement
  return agreement.columns.flatMap((column) => {
    if (!column.dataset) return []
    const cells = evaluation.cells.filter((cell) => cell.column === column.id.value)
    if (cells.length === 0) return []
    const complete = cells.filter((cell) => cell.complete)
    const blocks: RootContent[] = [heading(2, `Fördelning per ${names.unitNoun(column)}`)]
    if (complete.length > 0) blocks.push(renderTable(column, complete, agreement.areas, names))
    const incomplete = cells.filter((cell) => !cell.complete)
    if (incomplete.length > 0) {
      const area = (cell: CellEvaluation) => agreement.areas.find((candidate) => candidate.id.value === cell.area)
      blocks.push(
        paragraph(say('sv', noticeMessages.cannotComputePerUnit, { unit: names.unitNoun(column) })),
        bulletList(incomplete.map((cell) => describeIncomplete(cell, area(cell), evaluation.diagnostics, names))),
      )
    }
    return blocks
  })
}

function renderTable(
  column: AgreementColumn,
  cells: readonly CellEvaluation[],
  areas: readonly AgreementArea[],
  names: AgreementNames,
) {
  const units = cells[0]?.units ?? []
  const label = (cell: CellEvaluation) => {
    const area = areas.find((candidate) => candidate.id.value === cell.area)
    return area ? names.areaLabel(area) : cell.area
  }
  const header = [lowerToTitle(names.unitNoun(column)), ...cells.map(label), 'Summa']
  const rows: Inline[][] = units.map((unit, index) => {
    const amounts = cells.map((cell) => cell.units[index]?.amount ?? new Decimal(0))
    return [unit.name, ...amounts.map((amount) => formatKronor(amount)), formatKronor(sumKronor(amounts))]
  })
  // A non-exhaustive rounding policy leaves kronor in a cell: shown, so each column still adds up to its cell.
  if (cells.some((cell) => !cell.residual.isZero())) {
    rows.push([
      'Ej fördelat',
      ...cells.map((cell) => formatKronor(cell.residual)),
      formatKronor(sumKronor(cells.map((cell) => cell.residual))),
    ])
  }
  rows.push([
    'Summa',
    ...cells.map((cell) => formatKronor(cell.amount)),
    formatKronor(sumKronor(cells.map((cell) => cell.amount))),
  ])
  const align = header.map((_, index): ColumnAlign => (index === 0 ? 'left' : 'right'))
  return table(header, rows, align)
}

/** "Område 2, 250 000 000 kr: <the engine's reasons>". */
function describeIncomplete(
  cell: CellEvaluation,
  area: AgreementArea | undefined,
  diagnostics: readonly Diagnostic[],
  names: AgreementNames,
): string {
  const [from, to] = cell.at.span
  const inside = diagnostics.filter(
    (d) => d.file === cell.at.file && d.span[0] >= from && d.span[1] <= to && d.severity === 'error',
  )
  const reasons = [...new Set(inside.map((d) => d.message.sv))]
  const listed = reasons.slice(0, REASONS_LISTED).join(' ')
  const more =
    reasons.length > REASONS_LISTED
      ? say('sv', noticeMessages.moreReasons, { count: reasons.length - REASONS_LISTED })
      : ''
  const why = reasons.length > 0 ? `${listed}${more}` : say('sv', noticeMessages.dataMissing)
  return `${area ? names.areaLabel(area) : cell.area}, ${formatKronor(cell.amount)}: ${why}`
}

/** "län" → "Län", for a column header. */
function lowerToTitle(value: string): string {
  return value.charAt(0).toLocaleUpperCase('sv') + value.slice(1)
}
