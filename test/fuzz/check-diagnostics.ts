import { catalog, type Diagnostic, type SourceRange } from '../../packages/parser/src/index.js'

const severities: ReadonlySet<string> = new Set(['error', 'warning', 'info'])

/**
 * Throws unless every diagnostic is one a user can act on: a catalogued
 * code and severity, a message in both languages, a workspace-relative
 * file, and a span (and related spans) within that file's text. `textOf`
 * gives the text a file's spans count in; for a file with none, the span
 * must be [0, 0].
 */
export function checkDiagnostics(
  diagnostics: readonly Diagnostic[],
  textOf: (file: string) => string | undefined,
): void {
  for (const diagnostic of diagnostics) {
    const where = `${diagnostic.code} in ${diagnostic.file} at [${diagnostic.span.join(', ')}]`
    if (!Object.hasOwn(catalog, diagnostic.code)) throw new Error(`${where}: the code is not in the catalogue`)
    if (!severities.has(diagnostic.severity)) throw new Error(`${where}: unknown severity ${diagnostic.severity}`)
    if (!diagnostic.message.sv || !diagnostic.message.en) throw new Error(`${where}: a message is empty`)
    checkPlace(diagnostic, textOf, where)
    for (const related of diagnostic.related ?? []) checkPlace(related, textOf, `${where}, related ${related.file}`)
  }
}

function checkPlace(place: SourceRange, textOf: (file: string) => string | undefined, where: string): void {
  if (place.file === '' || place.file.startsWith('/')) throw new Error(`${where}: the file is not a workspace path`)
  const [start, end] = place.span
  const length = textOf(place.file)?.length ?? 0
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length
  if (!valid) throw new Error(`${where}: the span [${start}, ${end}] is not within the text of ${length} characters`)
}
