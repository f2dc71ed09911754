import type { AgreementColumn, DatasetDocument, DatasetUnit, DocumentRef } from '@fordela/parser'

/** One unit a column's cells are distributed over. */
export interface ColumnUnit {
  readonly id: string
  readonly name: string
  /** The dataset row, holding the unit's weights; absent for a single recipient. */
  readonly row?: DatasetUnit
}

/** A column's units, resolved once and shared by every cell of the column. */
export interface ColumnUnits {
  readonly column: AgreementColumn
  /** The column's dataset; absent for a single-recipient column. */
  readonly dataset?: DatasetDocument
  /** True for a column of one named recipient (SKR). */
  readonly single: boolean
  readonly units: readonly ColumnUnit[]
  /** Unit id → position in `units`, so rules look units up without scanning. */
  readonly indexOf: ReadonlyMap<string, number>
}

/**
 * Resolves the units of a column: its dataset's units in dataset order, or its
 * single `recipient` (whose unit id is the column id). Undefined when the
 * dataset reference does not resolve (the workspace reports that) or the
 * column names neither (the schema reports that).
 */
export function resolveColumnUnits(
  column: AgreementColumn,
  resolveDataset: (ref: DocumentRef) => DatasetDocument | undefined,
): ColumnUnits | undefined {
  if (column.dataset) {
    const dataset = resolveDataset(column.dataset)
    if (!dataset) return undefined
    const units = dataset.units.map((row) => ({ id: row.id.value, name: row.name, row }))
    return { column, dataset, single: false, units, indexOf: indexUnits(units) }
  }
  if (column.recipient) {
    const units = [{ id: column.id.value, name: column.recipient.value }]
    return { column, single: true, units, indexOf: indexUnits(units) }
  }
  return undefined
}

/** Maps unit ids to their positions; the first of two equal ids wins (duplicates are the dataset's finding). */
function indexUnits(units: readonly ColumnUnit[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>()
  units.forEach((unit, position) => {
    if (!index.has(unit.id)) index.set(unit.id, position)
  })
  return index
}
