import {
  createDiagnostic,
  defaultRegionReference,
  regionLevel,
  type Diagnostic,
  type RegionReference,
} from '@fordela/parser'
import type { ColumnUnits } from './column-units.js'

/** At most this many missing units are named; the rest are counted. */
const NAMED_AT_MOST = 10

/**
 * A column whose dataset holds kommuner or län must have every kommun or län
 * of the reference: the national table distributes to every one, and a
 * missing one would get nothing while the others share its money. Units are
 * matched by code or name (`matchKommun`, `matchLan`); a dataset with none
 * that the reference recognises (invented example data) is not checked.
 * Without a kommun list (fordela ships none yet) a kommun column is not
 * checked; when some unit is written as a kommunkod (four digits, as an SCB
 * import writes them), an info finding says so.
 */
export function checkColumnUnitsComplete(
  columns: readonly ColumnUnits[],
  reference: RegionReference = defaultRegionReference,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const { column, dataset, units } of columns) {
    if (!dataset || !column.dataset) continue
    const kind = dataset.unitKind.value
    if (kind !== 'kommun' && kind !== 'lan') continue
    if (kind === 'kommun' && !reference.hasKommuner) {
      if (!units.some((unit) => regionLevel(unit.id) === 'kommun')) continue
      diagnostics.push(
        createDiagnostic(
          'data/kommun-list-missing',
          { subject: 'column', column: column.id.value, dataset: dataset.id.value },
          column.dataset.at,
        ),
      )
      continue
    }
    const covered = new Set(
      units.flatMap(
        (unit) => (kind === 'kommun' ? reference.matchKommun(unit.id) : reference.matchLan(unit.id))?.code ?? [],
      ),
    )
    if (covered.size === 0) continue
    const all = kind === 'kommun' ? reference.listKommuner() : reference.listLan()
    const missing = all.filter((unit) => !covered.has(unit.code))
    if (missing.length === 0) continue
    const names = missing.slice(0, NAMED_AT_MOST).map((unit) => `${unit.name} (${unit.code})`)
    diagnostics.push(
      createDiagnostic(
        'data/column-units-missing',
        {
          column: column.id.value,
          dataset: dataset.id.value,
          kind,
          missing: missing.length,
          all: all.length,
          names: names.join(', '),
          more: missing.length - names.length,
        },
        column.dataset.at,
      ),
    )
  }
  return diagnostics
}
