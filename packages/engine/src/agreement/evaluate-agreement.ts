import type { AgreementDocument, DatasetDocument, Diagnostic, DocumentRef, UnitGroup } from '@fordela/parser'
import type { AgreementEvaluation, CellEvaluation, UnitAmount } from './agreement-evaluation.js'
import { checkCellColumns } from './check-cell-columns.js'
import { checkColumnTotals } from './check-column-totals.js'
import { checkColumnUnitsComplete } from './check-column-units-complete.js'
import { checkDatasetDates } from './check-dataset-dates.js'
import { checkGrandTotal } from './check-grand-total.js'
import { checkRowTotals } from './check-row-totals.js'
import { checkRulesFitCell } from './check-rules-fit-cell.js'
import { checkUnitGroups } from './check-unit-groups.js'
import { resolveColumnUnits, type ColumnUnits } from './column-units.js'
import { evaluateCell, type CellContext } from './evaluate-cell.js'

/**
 * Evaluates the national table with its datasets: every unit's amount of every
 * cell, to the krona, with its derivation — and checks that the table holds
 * together (row, column and grand totals; rules that fit their cells; known
 * columns and units). Each column's units are resolved once, so the work is
 * linear in units × rules. Findings are returned, never thrown.
 *
 * @param agreement The parsed Agreement document.
 * @param resolveDataset Finds the Dataset a column refers to; undefined when it
 *   does not resolve (the workspace reports that, and the column's cells are
 *   then not complete).
 */
export function evaluateAgreement(
  agreement: AgreementDocument,
  resolveDataset: (ref: DocumentRef) => DatasetDocument | undefined,
): AgreementEvaluation {
  const columns = new Map<string, ColumnUnits>()
  for (const column of agreement.columns) {
    const resolved = resolveColumnUnits(column, resolveDataset)
    if (resolved && !columns.has(column.id.value)) columns.set(column.id.value, resolved)
  }
  const context: CellContext = {
    agreement: agreement.id.value,
    policy: agreement.rounding.value,
    unitGroups: indexUnitGroups(agreement.unitGroups),
  }
  const cells: CellEvaluation[] = []
  const cellDiagnostics: Diagnostic[] = []
  for (const area of agreement.areas) {
    for (const cell of area.cells) {
      const run = evaluateCell(area, cell, columns.get(cell.column.value), context)
      cells.push(run.evaluation)
      cellDiagnostics.push(...run.diagnostics, ...checkRulesFitCell(cell, run))
    }
  }
  const diagnostics = [
    ...checkCellColumns(agreement),
    ...checkDatasetDates(agreement, resolveDataset),
    ...checkColumnUnitsComplete([...columns.values()]),
    ...checkUnitGroups(agreement, [...columns.values()]),
    ...cellDiagnostics,
    ...checkRowTotals(agreement),
    ...checkColumnTotals(agreement),
    ...checkGrandTotal(agreement),
  ]
  const lookup = indexUnitAmounts(cells)
  return {
    agreement,
    cells,
    unitAmount: (area, column, unit) => lookup.get(cellKey(area, column))?.get(unit),
    diagnostics,
  }
}

/** Unit groups by id; the first of two equal ids wins (the schema reports duplicates). */
function indexUnitGroups(groups: readonly UnitGroup[]): ReadonlyMap<string, UnitGroup> {
  const index = new Map<string, UnitGroup>()
  for (const group of groups) if (!index.has(group.id.value)) index.set(group.id.value, group)
  return index
}

/** Area and column → unit id → amount, so a lookup never scans the units. */
function indexUnitAmounts(cells: readonly CellEvaluation[]): ReadonlyMap<string, ReadonlyMap<string, UnitAmount>> {
  const index = new Map<string, ReadonlyMap<string, UnitAmount>>()
  for (const cell of cells) {
    const key = cellKey(cell.area, cell.column)
    if (!index.has(key)) index.set(key, new Map(cell.units.map((unit) => [unit.unit, unit])))
  }
  return index
}

/** A map key for one cell; NUL cannot occur in an id. */
function cellKey(area: string, column: string): string {
  return `${area}\u0000${column}`
}
