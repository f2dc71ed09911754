import { collectDocumentRefs, type DocumentRef, type SpecDocument, type Workspace } from '@fordela/parser'

/**
 * What one document's evaluation reads of the workspace: each reference
 * it depends on, the document it led to, and whether it named a file with
 * errors.
 */
export type DocumentInputs = readonly (readonly [DocumentRef, SpecDocument | undefined, boolean])[]

/**
 * The references a document's findings depend on, as they resolve in
 * `workspace`: its own, and those of every document they lead to — except
 * the previous year's own previous year, which no evaluation reads (so a
 * long chain of years costs each document one step).
 */
export function listDocumentInputs(workspace: Workspace, document: SpecDocument): DocumentInputs {
  const inputs: [DocumentRef, SpecDocument | undefined, boolean][] = []
  const reached = new Set<SpecDocument>([document])
  const queue: SpecDocument[] = [document]
  for (const current of queue) {
    for (const { ref, expected } of collectDocumentRefs(current)) {
      if (current !== document && expected === 'Allocation') continue
      const target = workspace.resolve(ref)
      inputs.push([ref, target, workspace.isUnreadable(ref)])
      if (target && !reached.has(target)) {
        reached.add(target)
        queue.push(target)
      }
    }
  }
  return inputs
}

/** Whether two lists of inputs read the same references and found the same documents. */
export function sameDocumentInputs(kept: DocumentInputs, now: DocumentInputs): boolean {
  return (
    kept.length === now.length &&
    kept.every(
      ([ref, target, unreadable], at) => now[at]?.[0] === ref && now[at][1] === target && now[at][2] === unreadable,
    )
  )
}
