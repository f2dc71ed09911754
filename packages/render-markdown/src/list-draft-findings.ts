import type { WorkspaceEvaluation } from '@fordela/engine'
import { blocksRender, createLineIndex, type Diagnostic, type DocumentRef, type SpecDocument } from '@fordela/parser'
import type { DraftFinding } from './render-draft-notice.js'

/** The files a rendered `document` reads: its own and every file it refers to, directly or not. */
export function listReadFiles(workspace: WorkspaceEvaluation['workspace'], document: SpecDocument): Set<string> {
  const files = new Set<string>()
  const visit = (current: SpecDocument | undefined): void => {
    if (!current || files.has(current.file)) return
    files.add(current.file)
    for (const ref of referencesOf(current)) visit(ref ? workspace.resolve(ref) : undefined)
  }
  visit(document)
  return files
}

/**
 * The errors a draft of `document` lists at its top: those the document
 * shows its reader rather than stopping (the rule catalogue's
 * `shownInDraftIn`, read through `blocksRender`), in its file and in every
 * file it reads, in file and position order. They are chosen from
 * `findings`: by default the evaluation's own; a caller that applies a
 * config and suppression comments, as the CLI and the studio do, passes the
 * findings it reports.
 */
export function listDraftFindings(
  evaluation: WorkspaceEvaluation,
  document: SpecDocument,
  findings: readonly Diagnostic[] = evaluation.diagnostics,
): DraftFinding[] {
  const workspace = evaluation.workspace
  const files = listReadFiles(workspace, document)
  return findings
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
      return [
        document.parties,
        document.agreement,
        document.strategy,
        document.previous,
        ...document.funds.map((fund) => fund.from?.agreement),
      ]
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
