import { blocksRender } from '@fordela/parser'
import { listDraftFindings, listReadFiles, renderDocument, type RenderedDocument } from '@fordela/render-markdown'
import type { Analysis } from './analyze-files.js'

/** A file's document rendered as `fordela render` renders it, and whether the CLI would refuse. */
export interface MemoResult {
  readonly rendered?: RenderedDocument
  /** Whether `fordela render` writes nothing: an error it does not show in a draft, in the file or a file it reads. */
  readonly blocked: boolean
}

/**
 * Renders the document in `file` with everything it refers to, as a draft
 * when it shows errors, deciding as `fordela render` does: the reported
 * findings (baseline applied) of the files the document reads block it,
 * and the draft lists the errors it shows before the baseline.
 */
export function renderMemo(analysis: Analysis, file: string): MemoResult {
  const { evaluation } = analysis
  const document = evaluation.workspace.documentByFile(file)
  if (!document) return { blocked: false }
  const read = listReadFiles(evaluation.workspace, document)
  const kindOf = (path: string) => evaluation.workspace.documentByFile(path)?.kind
  const blocked = analysis.findings.some(
    (finding) =>
      finding.severity === 'error' && read.has(finding.file) && blocksRender(finding.code, kindOf(finding.file)),
  )
  // A draft lists the errors it shows at its top, as fordela render writes it.
  const rendered = renderDocument(evaluation, document, {
    draft: listDraftFindings(evaluation, document, analysis.unbaselined),
  })
  return { ...(rendered ? { rendered } : {}), blocked }
}
