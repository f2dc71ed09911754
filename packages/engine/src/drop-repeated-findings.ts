import type { Diagnostic } from '@fordela/parser'

/**
 * Findings that only follow from another finding at the very same place:
 * a unit the dataset does not have (`data/unknown-unit`) has no weight
 * either, which says nothing new.
 */
const FOLLOWS_FROM: Readonly<Record<string, readonly string[]>> = {
  'data/missing-weight': ['data/unknown-unit'],
}

/**
 * Each finding once: the same rule at the same place with the same message
 * is reported once however many documents led to it (every allocation
 * sharing a parties file found its unit's missing weight again), and a
 * finding that only follows from another one at the same place is left out.
 * Order is kept.
 */
export function dropRepeatedFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const place = (diagnostic: Diagnostic): string =>
    `${diagnostic.file}\u0000${diagnostic.span[0]}\u0000${diagnostic.span[1]}`
  const codesAt = new Map<string, Set<string>>()
  for (const diagnostic of diagnostics) {
    const key = place(diagnostic)
    codesAt.set(key, (codesAt.get(key) ?? new Set()).add(diagnostic.code))
  }
  const seen = new Set<string>()
  return diagnostics.filter((diagnostic) => {
    const key = place(diagnostic)
    if (FOLLOWS_FROM[diagnostic.code]?.some((cause) => codesAt.get(key)?.has(cause))) return false
    const identity = `${diagnostic.code}\u0000${key}\u0000${diagnostic.message.en}`
    if (seen.has(identity)) return false
    seen.add(identity)
    return true
  })
}
