import type { WorkspaceEvaluation } from '@fordela/engine'
import { createLineIndex, type DocumentRef, type SpecDocument } from '@fordela/parser'
import type { DraftFinding } from '../render-draft-notice.js'

/** Codes a rendered document shows its reader rather than stops for, by the kind of the file they are in (as the CLI classifies them). */
const SHOWN: Readonly<Record<string, readonly string[]>> = {
  Allocation: ['prose/claim-not-supported', 'prose/ratio-not-supported', 'prose/unparsable-claim'],
  Agreement: ['data/missing-measure'],
}

/**
 * The errors `fordela render` lists at the top of `document`'s draft: those
 * in its file and in every file it reads, in file and position order. The
 * examples have no suppressions and their config changes no error's severity,
 * so the evaluation's own errors are what the CLI reports.
 */
export function draftFindings(evaluation: WorkspaceEvaluation, document: SpecDocument): DraftFinding[] {
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
    .filter((finding) => SHOWN[workspace.documentByFile(finding.file)?.kind ?? '']?.includes(finding.code))
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
