import type { DocumentRef, SpecDocument } from '../model/documents.js'
import type { ProbedPath } from './probe-workspace-path.js'
import { isPathReference, resolveLexically } from './workspace-paths.js'

/** The documents a reference can name, and where the paths it may give really lead. */
export interface DocumentIndex {
  readonly byFile: ReadonlyMap<string, SpecDocument>
  /** The first document (in path order) with each id. */
  readonly byId: ReadonlyMap<string, SpecDocument>
  /** Files that were read but gave no document; their own diagnostics say why. */
  readonly broken: ReadonlySet<string>
  /** Workspace paths as written (after `..` is resolved) → where they really lead. */
  readonly paths: ReadonlyMap<string, ProbedPath>
}

/** Where a reference leads. */
export type RefTarget =
  | { readonly type: 'document'; readonly document: SpecDocument }
  | { readonly type: 'outside' }
  | { readonly type: 'missing' }
  /** A path that leads to something fordela does not read: a named pipe, a device, a folder, a link loop. */
  | { readonly type: 'unreadable'; readonly reason: string }
  | { readonly type: 'broken' }

/** Indexes `documents` (sorted by path, so the first of two with one id is the same on every run). */
export function createDocumentIndex(
  documents: readonly SpecDocument[],
  paths: ReadonlyMap<string, ProbedPath>,
  broken: ReadonlySet<string>,
): DocumentIndex {
  const byId = new Map<string, SpecDocument>()
  for (const document of documents) if (!byId.has(document.id.value)) byId.set(document.id.value, document)
  return { byFile: new Map(documents.map((d) => [d.file, d])), byId, broken, paths }
}

/**
 * Where `ref` leads: a path relative to the referring file's folder, or
 * else a document id. Never touches the file system; the loader has
 * probed every path a reference gives.
 */
export function findRefTarget(index: DocumentIndex, ref: DocumentRef): RefTarget {
  if (!isPathReference(ref.value)) {
    const document = index.byId.get(ref.value)
    return document ? { type: 'document', document } : { type: 'missing' }
  }
  const lexical = resolveLexically(ref.at.file, ref.value)
  if (lexical.type === 'outside') return lexical
  const probed = index.paths.get(lexical.path)
  if (probed?.type === 'outside') return { type: 'outside' }
  if (probed?.type === 'missing')
    return probed.reason === 'ENOENT' ? { type: 'missing' } : { type: 'unreadable', reason: probed.reason }
  const real = probed?.path ?? lexical.path
  const document = index.byFile.get(real)
  if (document) return { type: 'document', document }
  return index.broken.has(real) ? { type: 'broken' } : { type: 'missing' }
}
