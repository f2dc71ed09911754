import { createDiagnostic, relatedAt, suggestClosest, type DatasetDocument, type Diagnostic, type PartiesDocument, type PartyGroup } from '@fordela/parser'

/**
 * Checks a parties document against its dataset: every member's units
 * exist, no unit belongs to two members of one group, and every unit of the
 * county belongs to a member of each group or is listed as unassigned with a
 * reason (a grouping that leaves a kommun out must say so).
 */
export function checkParties(parties: PartiesDocument, dataset: DatasetDocument | undefined): Diagnostic[] {
  if (!dataset) return []
  const diagnostics: Diagnostic[] = []
  const unitIds = dataset.units.map((unit) => unit.id.value)
  const known = new Set(unitIds)
  const countyName = parties.county.name.value
  const countyUnits = dataset.units.filter((unit) => unit.group === undefined || unit.group === countyName).map((u) => u.id.value)
  for (const party of [...parties.parties, ...parties.groups.flatMap((group) => group.members)]) {
    for (const unit of party.units) {
      if (!known.has(unit.value)) {
        diagnostics.push(
          createDiagnostic('data/unknown-unit', { unit: unit.value, dataset: dataset.id.value }, unit.at, {
            suggestions: suggestClosest(unit.value, unitIds),
          }),
        )
      }
    }
  }
  for (const group of parties.groups) diagnostics.push(...checkGroupCoverage(group, countyUnits, dataset))
  return diagnostics
}

/** One group's members must cover the county's units once each, apart from the declared unassigned ones. */
function checkGroupCoverage(group: PartyGroup, countyUnits: readonly string[], dataset: DatasetDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const owner = new Map<string, { member: string; at: PartyGroup['id']['at'] }>()
  for (const member of group.members) {
    for (const unit of member.units) {
      const first = owner.get(unit.value)
      if (first) {
        diagnostics.push(
          createDiagnostic('data/unit-in-two-members', { unit: unit.value, group: group.id.value, first: first.member, second: member.id.value }, unit.at, {
            related: [relatedAt(first.at, { sv: 'först här', en: 'first here' })],
          }),
        )
      } else owner.set(unit.value, { member: member.id.value, at: unit.at })
    }
  }
  // A group whose members list no units is not a geographic grouping; nothing to cover.
  if (owner.size === 0) return diagnostics
  const declared = new Map(group.unassigned.map((entry) => [entry.unit.value, entry]))
  for (const entry of group.unassigned) {
    if (owner.has(entry.unit.value)) {
      diagnostics.push(createDiagnostic('data/unassigned-but-assigned', { unit: entry.unit.value, group: group.id.value }, entry.unit.at))
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
