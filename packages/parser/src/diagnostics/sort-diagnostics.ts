import type { Diagnostic } from './diagnostic.js'

/**
 * Orders findings by file, then position, then rule id, so output never
 * depends on the order in which documents or checks ran.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.span[0] - b.span[0] ||
      a.span[1] - b.span[1] ||
      compareText(a.code, b.code) ||
      compareText(a.message.en, b.message.en),
  )
}

/** Code-unit order, independent of the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
