import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestClosest } from '../diagnostics/did-you-mean.js'
import type { DocumentKind, DocumentRef, SpecDocument } from '../model/documents.js'
import { collectDocumentRefs } from './collect-document-refs.js'
import { findRefTarget, type DocumentIndex } from './document-index.js'
import { isPathReference, relativeFrom } from './workspace-paths.js'

/** A reference that names a document of the right kind. */
export interface ReferenceEdge {
  readonly from: string
  readonly to: string
  readonly ref: DocumentRef
}

/**
 * Resolves every document reference of `documents` against `index` and
 * reports, at the reference, one that leaves the workspace
 * (`ref/outside-workspace`), names nothing (`ref/unknown-document`, with
 * the closest ids or paths) or names the wrong kind (`ref/wrong-kind`). A
 * reference to a file that failed to parse is left to that file's own
 * diagnostics. Returns the good references as edges for the cycle check.
 */
export function resolveReferences(
  documents: readonly SpecDocument[],
  index: DocumentIndex,
): { diagnostics: Diagnostic[]; edges: ReferenceEdge[] } {
  const diagnostics: Diagnostic[] = []
  const edges: ReferenceEdge[] = []
  for (const document of documents) {
    for (const { ref, expected } of collectDocumentRefs(document)) {
      const target = findRefTarget(index, ref)
      if (target.type === 'outside')
        diagnostics.push(createDiagnostic('ref/outside-workspace', { ref: ref.value }, ref.at))
      if (target.type === 'missing') diagnostics.push(reportUnknown(ref, expected, index))
      if (target.type === 'unreadable')
        diagnostics.push(createDiagnostic('ref/file-unreadable', { path: ref.value, reason: target.reason }, ref.at))
      if (target.type !== 'document') continue
      if (target.document.kind !== expected) {
        const args = { ref: ref.value, expected, found: target.document.kind }
        diagnostics.push(createDiagnostic('ref/wrong-kind', args, ref.at))
        continue
      }
      edges.push({ from: document.file, to: target.document.file, ref })
    }
  }
  return { diagnostics, edges }
}

/** An unknown document, with the closest candidates of the expected kind, written as the reference was. */
function reportUnknown(ref: DocumentRef, expected: DocumentKind, index: DocumentIndex): Diagnostic {
  const ofKind = [...index.byFile.values()].filter((d) => d.kind === expected)
  const candidates = isPathReference(ref.value)
    ? ofKind.map((d) => relativeFrom(ref.at.file, d.file))
    : ofKind.map((d) => d.id.value)
  return createDiagnostic('ref/unknown-document', { ref: ref.value, expected }, ref.at, {
    suggestions: suggestClosest(ref.value, candidates),
  })
}
