import type { Diagnostic, DocumentKind } from '@fordela/parser'
import { renderDocument, type RenderedDocument } from '@fordela/render-markdown'
import type { Analysis } from './analyze-files.js'

/**
 * Errors the rendered document shows its reader, so they do not stop
 * `fordela render` (the CLI's classify-findings.ts holds the same list).
 */
const shownByKind: Partial<Record<DocumentKind, ReadonlySet<string>>> = {
  Allocation: new Set(['prose/claim-not-supported', 'prose/ratio-not-supported', 'prose/unparsable-claim']),
  Agreement: new Set(['data/missing-measure']),
}

/** A file's document rendered as `fordela render` renders it, and whether the CLI would refuse. */
export interface MemoResult {
  readonly rendered?: RenderedDocument
  /** The errors in the file that make `fordela render` write nothing. */
  readonly blocking: readonly Diagnostic[]
}

/** Renders the document in `file` with everything it refers to. */
export function renderMemo(analysis: Analysis, file: string): MemoResult {
  const document = analysis.evaluation.workspace.documentByFile(file)
  if (!document) return { blocking: [] }
  const shown = shownByKind[document.kind] ?? new Set<string>()
  const blocking = (analysis.findingsByFile.get(file) ?? []).filter((finding) => finding.severity === 'error' && !shown.has(finding.code))
  const rendered = renderDocument(analysis.evaluation, document)
  return { ...(rendered ? { rendered } : {}), blocking }
}
