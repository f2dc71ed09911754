import type { Diagnostic } from './diagnostic.js'
import { compareCodeUnits } from '../compare-code-units.js'

/**
 * Report order of two findings: file, then position, then rule id, then
 * message, so output never depends on the order in which documents or
 * checks ran.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareCodeUnits(a.file, b.file) ||
    a.span[0] - b.span[0] ||
    a.span[1] - b.span[1] ||
    compareCodeUnits(a.code, b.code) ||
    compareCodeUnits(a.message.en, b.message.en)
  )
}

/** The findings in report order ({@link compareDiagnostics}), as a new array. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics)
}
