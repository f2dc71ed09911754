import type { DatasetDocument } from '../model/documents.js'
import { defaultRegionReference, type RegionReference } from './reference/region-reference.js'

/** Per reference and dataset of kommuner or län: official code → the id of the unit it names. */
const unitIdsByCode = new WeakMap<RegionReference, WeakMap<DatasetDocument, ReadonlyMap<string, string>>>()

/**
 * The id of the dataset's unit that `ref` names: the unit with that id, or,
 * in a dataset of kommuner or län, the unit with the same official code as
 * the reference places them, whichever way each side writes it. So a parties
 * file that lists `Skåne län` finds the unit `12`, and, given a kommun list,
 * `Mark` finds the unit `1463`. Without a kommun list, kommuner match by
 * their id only. Undefined when no unit matches.
 */
export function findDatasetUnitId(
  dataset: DatasetDocument,
  ref: string,
  reference: RegionReference = defaultRegionReference,
): string | undefined {
  const kind = dataset.unitKind.value
  const match = kind === 'kommun' ? reference.matchKommun : kind === 'lan' ? reference.matchLan : undefined
  let cache = unitIdsByCode.get(reference)
  if (!cache) {
    cache = new WeakMap()
    unitIdsByCode.set(reference, cache)
  }
  let byCode = cache.get(dataset)
  if (!byCode) {
    const entries = new Map<string, string>()
    for (const unit of dataset.units) entries.set(unit.id.value, unit.id.value)
    if (match) {
      for (const unit of dataset.units) {
        const code = match(unit.id.value)?.code
        if (code !== undefined && !entries.has(`\u0000${code}`)) entries.set(`\u0000${code}`, unit.id.value)
      }
    }
    byCode = entries
    cache.set(dataset, byCode)
  }
  const exact = byCode.get(ref)
  if (exact !== undefined) return exact
  const code = match?.(ref)?.code
  return code === undefined ? undefined : byCode.get(`\u0000${code}`)
}
