import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DocumentRef, SpecDocument } from '../model/documents.js'
import { createDocumentIndex, findRefTarget } from './document-index.js'
import type { ProbedPath } from './probe-workspace-path.js'

/** The documents of a folder tree, read and cross-referenced, with everything found on the way. */
export interface Workspace {
  /** The root folder as given. */
  readonly root: string
  /** The documents, sorted by path; datasets carry the units read from their CSV. */
  readonly documents: readonly SpecDocument[]
  /** Workspace path → text of every file read (spec and CSV files), for code frames. */
  readonly texts: ReadonlyMap<string, string>
  readonly diagnostics: readonly Diagnostic[]
  /** The document a reference names, of whatever kind; undefined when it names none in the workspace. */
  resolve(ref: DocumentRef): SpecDocument | undefined
  /**
   * Whether a reference names a spec file that exists but has errors, so no
   * document could be built from it: what depends on it cannot be computed,
   * and findings about that would follow from the file's own errors.
   */
  isUnreadable(ref: DocumentRef): boolean
  /** The document with this id (the first by path if several share it). */
  documentById(id: string): SpecDocument | undefined
  /** The document of this workspace path. */
  documentByFile(file: string): SpecDocument | undefined
}

/** The parts a workspace is made of. */
export interface WorkspaceParts {
  readonly root: string
  readonly documents: readonly SpecDocument[]
  readonly texts: ReadonlyMap<string, string>
  readonly diagnostics: readonly Diagnostic[]
  /** Where each path a reference gives really leads, as probed while loading. */
  readonly paths: ReadonlyMap<string, ProbedPath>
  /** Paths of spec files that were read but had errors, so they have no document. */
  readonly broken?: ReadonlySet<string>
}

/** Assembles a workspace whose look-ups see exactly its `documents`. */
export function createWorkspace(parts: WorkspaceParts): Workspace {
  const index = createDocumentIndex(parts.documents, parts.paths, parts.broken ?? new Set())
  // A workspace never changes, and evaluation asks for the same references
  // again and again (an allocation's parties, agreement and strategy per check).
  const resolved = new WeakMap<DocumentRef, SpecDocument | null>()
  return {
    root: parts.root,
    documents: parts.documents,
    texts: parts.texts,
    diagnostics: parts.diagnostics,
    resolve(ref) {
      let document = resolved.get(ref)
      if (document === undefined) {
        const target = findRefTarget(index, ref)
        document = target.type === 'document' ? target.document : null
        resolved.set(ref, document)
      }
      return document ?? undefined
    },
    isUnreadable: (ref) => findRefTarget(index, ref).type === 'broken',
    documentById: (id) => index.byId.get(id),
    documentByFile: (file) => index.byFile.get(file),
  }
}
