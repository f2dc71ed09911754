import {
  createDiagnostic,
  defaultRegionReference,
  findDatasetUnitId,
  relatedAt,
  suggestClosest,
  type DatasetDocument,
  type Diagnostic,
  type PartiesDocument,
  type PartyGroup,
  type RegionReference,
} from '@fordela/parser'

/**
 * Checks a parties document against its dataset: every member's units
 * exist, no unit belongs to two members of one group, and every unit of the
 * county belongs to a member of each group or is listed as unassigned with a
 * reason (a grouping that leaves a kommun out must say so). Units match the
 * dataset's by id or by official code as `reference` places them
 * (`findDatasetUnitId`).
 */
export function checkParties(
  parties: PartiesDocument,
  dataset: DatasetDocument | undefined,
  reference: RegionReference = defaultRegionReference,
): Diagnostic[] {
  if (!dataset) return []
  const diagnostics: Diagnostic[] = []
  const { unitIds, countyUnits } = indexDatasetUnits(dataset, parties.county.name.value)
  for (const party of [...parties.parties, ...parties.groups.flatMap((group) => group.members)]) {
    for (const unit of party.units) {
      if (findDatasetUnitId(dataset, unit.value, reference) === undefined) {
        diagnostics.push(
          createDiagnostic('data/unknown-unit', { unit: unit.value, dataset: dataset.id.value }, unit.at, {
            suggestions: suggestClosest(unit.value, unitIds),
          }),
        )
      }
    }
  }
  for (const group of parties.groups) diagnostics.push(...checkGroupCoverage(group, countyUnits, dataset, reference))
  return diagnostics
}

/** One group's members must cover the county's units once each, apart from the declared unassigned ones. */
function checkGroupCoverage(
  group: PartyGroup,
  countyUnits: readonly string[],
  dataset: DatasetDocument,
  reference: RegionReference,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  // Keyed by the dataset's unit id, so `Mark` and `1463` are one kommun.
  const key = (unit: string) => findDatasetUnitId(dataset, unit, reference) ?? unit
  const owner = new Map<string, { member: string; at: PartyGroup['id']['at'] }>()
  for (const member of group.members) {
    for (const unit of member.units) {
      const first = owner.get(key(unit.value))
      if (first) {
        diagnostics.push(
          createDiagnostic(
            'data/unit-in-two-members',
            { unit: unit.value, group: group.id.value, first: first.member, second: member.id.value },
            unit.at,
            {
              related: [relatedAt(first.at, { sv: 'först här', en: 'first here' })],
            },
          ),
        )
      } else owner.set(key(unit.value), { member: member.id.value, at: unit.at })
    }
  }
  // A group whose members list no units is not a geographic grouping; nothing to cover.
  if (owner.size === 0) return diagnostics
  const declared = new Map(group.unassigned.map((entry) => [key(entry.unit.value), entry]))
  for (const entry of group.unassigned) {
    if (owner.has(key(entry.unit.value))) {
      diagnostics.push(
        createDiagnostic(
          'data/unassigned-but-assigned',
          { unit: entry.unit.value, group: group.id.value },
          entry.unit.at,
        ),
      )
    }
  }
  const missing = countyUnits.filter((unit) => !owner.has(unit) && !declared.has(unit))
  if (missing.length > 0) {
    diagnostics.push(
      createDiagnostic(
        'data/unassigned-unit',
        { group: group.id.value, units: missing.join(', '), count: missing.length, dataset: dataset.id.value },
        group.id.at,
      ),
    )
  }
  return diagnostics
}

/** A dataset's unit ids, looked up once per dataset; each county's units once per county. */
interface DatasetUnits {
  readonly unitIds: readonly string[]
  readonly countyUnits: readonly string[]
}

/** Per dataset: its unit ids and, per county name, the units in that county. */
const unitsByDataset = new WeakMap<
  DatasetDocument,
  { readonly unitIds: readonly string[]; readonly byCounty: Map<string, readonly string[]> }
>()

/**
 * The unit ids of `dataset` and those of `countyName` (units without a group
 * belong to every county), built once per dataset rather than per parties
 * file: a workspace checks many parties files against one dataset.
 */
function indexDatasetUnits(dataset: DatasetDocument, countyName: string): DatasetUnits {
  let entry = unitsByDataset.get(dataset)
  if (!entry) {
    const unitIds = dataset.units.map((unit) => unit.id.value)
    entry = { unitIds, byCounty: new Map() }
    unitsByDataset.set(dataset, entry)
  }
  let countyUnits = entry.byCounty.get(countyName)
  if (!countyUnits) {
    countyUnits = dataset.units
      .filter((unit) => unit.group === undefined || unit.group === countyName)
      .map((u) => u.id.value)
    entry.byCounty.set(countyName, countyUnits)
  }
  return { unitIds: entry.unitIds, countyUnits }
}
