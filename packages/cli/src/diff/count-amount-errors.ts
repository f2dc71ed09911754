import type { AllocationEvaluation, WorkspaceEvaluation } from '@fordela/engine'
import type { DocumentRef, SpecDocument } from '@fordela/parser'
import { classifyErrors } from '../render/classify-findings.js'

/** An allocation compared while it, or a file it reads, has errors that can make its amounts wrong. */
export interface SpecWithErrors {
  /** Which side of the comparison it is. */
  readonly side: 'before' | 'after'
  /** Its workspace path. */
  readonly file: string
  /** How many such errors (prose claims and missing agreement data, which change no amount, are not counted). */
  readonly errors: number
}

/**
 * How many errors that can make an allocation's amounts wrong its workspace
 * has in the allocation's file and in every file it reads, classified as
 * `fordela render` classifies them.
 */
export function countAmountErrors(evaluated: WorkspaceEvaluation, allocation: AllocationEvaluation): number {
  const workspace = evaluated.workspace
  const files = new Set<string>()
  const visit = (document: SpecDocument | undefined): void => {
    if (!document || files.has(document.file)) return
    files.add(document.file)
    for (const ref of referencesOf(document)) if (ref) visit(workspace.resolve(ref))
  }
  visit(allocation.allocation)
  const findings = evaluated.diagnostics.filter((finding) => files.has(finding.file))
  return classifyErrors(findings, (file) => workspace.documentByFile(file)?.kind).blocking.length
}

/** The documents a document reads its amounts from. */
function referencesOf(document: SpecDocument): (DocumentRef | undefined)[] {
  switch (document.kind) {
    case 'Allocation':
      return [document.parties, document.agreement, ...document.funds.map((fund) => fund.from?.agreement)]
    case 'Agreement':
      return document.columns.map((column) => column.dataset)
    case 'Parties':
      return [document.dataset]
    default:
      return []
  }
}
