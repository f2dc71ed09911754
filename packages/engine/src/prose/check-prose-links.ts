import { createDiagnostic, type Diagnostic, type Prose, type SourceRange } from '@fordela/parser'
import { findProseLinks } from './find-prose-links.js'

/**
 * `prose/unsafe-link` (warning) for each Markdown link in the prose fields
 * whose target is not an http or https address; the renderer shows such a
 * link as the text it is. The finding points at the target in the file when
 * it is written there as in the value (it has no spaces, so a folded or
 * indented scalar keeps it whole), else at the whole field.
 *
 * @param texts file texts by workspace path
 */
export function checkProseLinks(
  fields: readonly (Prose | undefined)[],
  texts: ReadonlyMap<string, string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const prose of fields) {
    if (!prose) continue
    const source = texts.get(prose.at.file)
    const seen = new Map<string, number>()
    for (const link of findProseLinks(prose.value)) {
      if (!link.unsafe) continue
      const ordinal = seen.get(link.target) ?? 0
      seen.set(link.target, ordinal + 1)
      const at = locateTarget(prose, source, link.target, ordinal)
      diagnostics.push(createDiagnostic('prose/unsafe-link', { target: link.target, ...link.unsafe }, at))
    }
  }
  return diagnostics
}

/** The `ordinal`-th `](target)` within the field's source, at the target; the field when not found. */
function locateTarget(prose: Prose, source: string | undefined, target: string, ordinal: number): SourceRange {
  if (source === undefined) return prose.at
  const [from, to] = prose.at.span
  const needle = `](${target})`
  let at = source.indexOf(needle, from)
  for (let skipped = 0; skipped < ordinal && at !== -1; skipped++) at = source.indexOf(needle, at + 1)
  if (at === -1 || at + needle.length > to) return prose.at
  return { file: prose.at.file, span: [at + 2, at + 2 + target.length] }
}
