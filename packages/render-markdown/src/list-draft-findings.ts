import type { WorkspaceEvaluation } from '@fordela/engine'
import { blocksRender, createLineIndex, type DocumentRef, type SpecDocument } from '@fordela/parser'
import type { DraftFinding } from './render-draft-notice.js'

/**
 * The errors a draft of `document` lists at its top: those the document
 * shows its reader rather than stopping (the rule catalogue's
 * `shownInDraftIn`, read through `blocksRender`), in its file and in every
 * file it reads, in file and position order, with the evaluation's own severities (a caller that
 * applies suppressions or a config, as the CLI does, filters its own list).
 */
export function listDraftFindings(evaluation: WorkspaceEvaluation, document: SpecDocument): DraftFinding[] {
  const workspace = evaluation.workspace
  const files = new Set<string>()
  const visit = (current: SpecDocument | undefined): void => {
    if (!current || files.has(current.file)) return
    files.add(current.file)
    for (const ref of referencesOf(current)) visit(ref ? workspace.resolve(ref) : undefined)
  }
  visit(document)
  return evaluation.diagnostics
    .filter((finding) => finding.severity === 'error' && files.has(finding.file))
    .filter((finding) => !blocksRender(finding.code, workspace.documentByFile(finding.file)?.kind))
    .map((finding) => {
      const start = createLineIndex(workspace.texts.get(finding.file) ?? '').locate(finding.span[0])
      return { place: `${finding.file}:${start.line}:${start.column}`, rule: finding.code, message: finding.message.sv }
    })
}

function referencesOf(document: SpecDocument): (DocumentRef | undefined)[] {
  switch (document.kind) {
    case 'Allocation':
      return [document.parties, document.agreement, document.strategy, document.previous, ...document.funds.map((fund) => fund.from?.agreement)]
    case 'Agreement':
      return document.columns.map((column) => column.dataset)
    case 'Parties':
      return [document.dataset]
    case 'ActionPlan':
      return [document.agreement, document.strategy]
    default:
      return []
  }
}
