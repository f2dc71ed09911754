import {
  createDiagnostic,
  relatedAt,
  suggestClosest,
  type AllocationDocument,
  type Diagnostic,
  type SourceRange,
} from '@fordela/parser'

/** How many section ids a finding lists before it cuts the list short. */
const KNOWN_LISTED = 12

/**
 * Checks the decision items that decide on several sections
 * (`decisions: [{ text, sections }]`): `ref/unknown-section` for a section id
 * the allocation does not have, and `ref/section-decided-twice` for a
 * section that a second item names (with `sections: all` too) or that has a
 * `decision:` of its own, at the second place, with the first as related.
 */
export function checkDecisionItems(allocation: AllocationDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const known = allocation.sections.map((section) => section.id.value)
  const decided = new Map<string, { readonly at: SourceRange; readonly first: 'decision' | 'item' }>()
  for (const section of allocation.sections) {
    if (section.decision) decided.set(section.id.value, { at: section.decision.at, first: 'decision' })
  }
  for (const item of allocation.decisions) {
    if (!item.sections) continue
    const named = item.sections.all
      ? allocation.sections.map((section) => ({ id: section.id.value, at: item.sections!.all! }))
      : item.sections.ids.map((id) => ({ id: id.value, at: id.at }))
    for (const { id, at } of named) {
      if (!known.includes(id)) {
        const suggestions = suggestClosest(id, known)
        const listed = (known.length > KNOWN_LISTED ? [...known.slice(0, KNOWN_LISTED), '…'] : known).join(', ')
        diagnostics.push(
          createDiagnostic('ref/unknown-section', { id, suggestion: suggestions[0] ?? '', known: listed }, at, {
            suggestions,
          }),
        )
        continue
      }
      const earlier = decided.get(id)
      if (earlier) {
        const related = [
          relatedAt(earlier.at, {
            sv: 'Här beslutas avsnittet första gången.',
            en: 'The section is first decided here.',
          }),
        ]
        diagnostics.push(createDiagnostic('ref/section-decided-twice', { id, first: earlier.first }, at, { related }))
        continue
      }
      decided.set(id, { at, first: 'item' })
    }
  }
  return diagnostics
}
