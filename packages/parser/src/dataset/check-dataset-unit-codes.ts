import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DatasetDocument, DatasetUnit } from '../model/documents.js'
import { defaultRegionReference, regionLevel, type RegionReference } from './reference/region-reference.js'

/**
 * Checks that every unit of a dataset of kommuner or län is one the
 * reference has: a kommunkod or länskod, or a name it knows (see
 * `RegionReference.matchKommun`), and none twice under two spellings
 * (`Göteborg` and `1480`). Only a dataset with at least one such unit is
 * checked: invented example data, whose units are none of them, is left
 * alone. Without a kommun list (fordela ships none yet) a dataset of
 * kommuner is not checked; when some unit is written as a kommunkod (four
 * digits, as an SCB import writes them), one info finding says so.
 */
export function checkDatasetUnitCodes(
  dataset: DatasetDocument,
  reference: RegionReference = defaultRegionReference,
): Diagnostic[] {
  const kind = dataset.unitKind.value
  if (kind !== 'kommun' && kind !== 'lan') return []
  if (kind === 'kommun' && !reference.hasKommuner) {
    if (!dataset.units.some((unit) => regionLevel(unit.id.value) === 'kommun')) return []
    return [
      createDiagnostic(
        'data/kommun-list-missing',
        { subject: 'dataset', column: '', dataset: dataset.id.value },
        dataset.unitKind.at,
      ),
    ]
  }
  const match = kind === 'kommun' ? reference.matchKommun : reference.matchLan
  const matched = dataset.units.map((unit) => ({ unit, official: match(unit.id.value) }))
  if (matched.every(({ official }) => official === undefined)) return []
  const diagnostics: Diagnostic[] = []
  const seen = new Map<string, DatasetUnit>()
  for (const { unit, official } of matched) {
    if (!official) {
      diagnostics.push(createDiagnostic('data/unknown-unit-code', { unit: unit.id.value, kind }, unit.id.at))
      continue
    }
    const first = seen.get(official.code)
    // The same id twice is the duplicate rules' finding (csv-duplicate-unit, schema/duplicate-id).
    if (first && first.id.value !== unit.id.value) {
      diagnostics.push(
        createDiagnostic(
          'data/unit-code-twice',
          { unit: unit.id.value, first: first.id.value, code: official.code, name: official.name },
          unit.id.at,
          {
            related: [relatedAt(first.id.at, { sv: 'Enhetens första rad.', en: "The unit's first row." })],
          },
        ),
      )
    } else if (!first) seen.set(official.code, unit)
  }
  return diagnostics
}
