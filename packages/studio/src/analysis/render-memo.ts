import { blocksRender, type Diagnostic } from '@fordela/parser'
import { listDraftFindings, renderDocument, type RenderedDocument } from '@fordela/render-markdown'
import type { Analysis } from './analyze-files.js'

/** A file's document rendered as `fordela render` renders it, and whether the CLI would refuse. */
export interface MemoResult {
  readonly rendered?: RenderedDocument
  /** The errors in the file that make `fordela render` write nothing. */
  readonly blocking: readonly Diagnostic[]
}

/** Renders the document in `file` with everything it refers to, as a draft when it shows errors. */
export function renderMemo(analysis: Analysis, file: string): MemoResult {
  const document = analysis.evaluation.workspace.documentByFile(file)
  if (!document) return { blocking: [] }
  const blocking = (analysis.findingsByFile.get(file) ?? []).filter((finding) => finding.severity === 'error' && blocksRender(finding.code, document.kind))
  // A draft lists the errors it shows at its top, as fordela render writes it.
  const rendered = renderDocument(analysis.evaluation, document, { draft: listDraftFindings(analysis.evaluation, document) })
  return { ...(rendered ? { rendered } : {}), blocking }
}
