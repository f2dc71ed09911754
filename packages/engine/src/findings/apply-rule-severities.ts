import type { Diagnostic } from '@fordela/parser'
import type { ConfiguredSeverity } from './reported-finding.js'

/**
 * The findings with the severities the config sets: a rule set to `off` is
 * dropped, any other setting replaces the catalogue's default.
 */
export function applyRuleSeverities(
  diagnostics: readonly Diagnostic[],
  rules: ReadonlyMap<string, ConfiguredSeverity>,
): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const configured = rules.get(diagnostic.code)
    if (configured === undefined) return [diagnostic]
    if (configured === 'off') return []
    return [{ ...diagnostic, severity: configured }]
  })
}
