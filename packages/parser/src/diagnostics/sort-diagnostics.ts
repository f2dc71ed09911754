import type { Diagnostic } from './diagnostic.js'
import { compareCodeUnits } from '../compare-code-units.js'

/**
 * Orders findings by file, then position, then rule id, so output never
 * depends on the order in which documents or checks ran.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareCodeUnits(a.file, b.file) ||
      a.span[0] - b.span[0] ||
      a.span[1] - b.span[1] ||
      compareCodeUnits(a.code, b.code) ||
      compareCodeUnits(a.message.en, b.message.en),
  )
}
