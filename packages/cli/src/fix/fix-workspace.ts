import { computeFixes, type FixableFinding } from './compute-fixes.js'
import { applyTextEdits } from './text-edit.js'

/** One file's text before and after its fixes. */
export interface FixedFile {
  /** Workspace path. */
  readonly file: string
  readonly before: string
  readonly after: string
  /** How many findings the fixes resolve. */
  readonly fixes: number
}

/**
 * Fixes what can be fixed mechanically in every file the findings name,
 * and returns the files that change, in path order. Nothing is written.
 */
export function fixWorkspace(texts: ReadonlyMap<string, string>, findings: readonly FixableFinding[]): FixedFile[] {
  const files = [...new Set(findings.map((finding) => finding.file))].sort()
  return files.flatMap((file) => {
    const before = texts.get(file)
    if (before === undefined) return []
    const { text, applied } = applyTextEdits(before, computeFixes(file, before, findings))
    return applied.length === 0 ? [] : [{ file, before, after: text, fixes: applied.length }]
  })
}
