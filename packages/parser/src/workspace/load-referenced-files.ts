import type { DocumentRef } from '../model/documents.js'
import { collectDocumentRefs } from './collect-document-refs.js'
import { createDocumentIndex, findRefTarget, type DocumentIndex } from './document-index.js'
import type { LoadedSpecFile } from './load-spec-file.js'
import type { PathProber, ProbedPath } from './probe-workspace-path.js'
import type { SpecFileLoader } from './spec-file-loader.js'
import { isPathReference, resolveLexically } from './workspace-paths.js'

/** What the loader knows once every reference has been followed. */
export interface FollowedReferences {
  readonly index: DocumentIndex
  /** The files in scope: all loaded specs, or those reachable from the seeds. */
  readonly scope: ReadonlySet<string>
}

/**
 * Follows references until nothing new turns up. A path reference to a
 * YAML file not loaded yet loads it by name (it may lie in a folder the
 * walk skips); an id that no loaded document has loads the rest of the
 * `discovered` files. With `seeds`, the scope is the files reachable from
 * them; without, every spec loaded.
 */
export async function loadReferencedFiles(
  loader: SpecFileLoader,
  probe: PathProber,
  discovered: readonly string[],
  seeds: readonly string[] | undefined,
): Promise<FollowedReferences> {
  const paths = new Map<string, ProbedPath>()
  let allLoaded = discovered.every((file) => loader.loaded.has(file))
  for (;;) {
    const index = indexLoadedFiles(loader.loaded, paths)
    const scope = seeds ? collectReachable(seeds, loader, index) : specFiles(loader)
    const refs = [...scope].flatMap((file) => {
      const document = loader.loaded.get(file)?.document
      return document ? collectDocumentRefs(document).map((r) => r.ref) : []
    })
    const byPath = refs.filter((ref) => isPathReference(ref.value))
    const pending = await probeNewFiles(byPath, probe, paths, loader)
    const unknownId = refs.some((ref) => !isPathReference(ref.value) && !index.byId.has(ref.value))
    if (pending.length > 0) await loader.load(pending, true)
    else if (unknownId && !allLoaded) {
      await loader.load(discovered, false)
      allLoaded = true
    } else {
      return { index, scope }
    }
  }
}

/** Probes each path reference and returns the real YAML files among them not loaded yet. */
async function probeNewFiles(
  refs: readonly DocumentRef[],
  probe: PathProber,
  paths: Map<string, ProbedPath>,
  loader: SpecFileLoader,
): Promise<string[]> {
  const inside = refs.flatMap((ref) => {
    const lexical = resolveLexically(ref.at.file, ref.value)
    return lexical.type === 'inside' ? [lexical.path] : []
  })
  const probed = await Promise.all(inside.map(async (p) => [p, await probe(p)] as const))
  const pending: string[] = []
  for (const [p, target] of probed) {
    paths.set(p, target)
    if (target.type === 'file' && isUnreadSpec(target, loader.loaded)) pending.push(target.path)
  }
  return pending
}

/** Whether a file a reference leads to is YAML not (yet) read as a spec: following the reference reads it. */
export function isUnreadSpec(
  target: ProbedPath & { readonly type: 'file' },
  loaded: ReadonlyMap<string, LoadedSpecFile>,
): boolean {
  return /\.ya?ml$/iu.test(target.path) && !loaded.get(target.path)?.isSpec
}

/** Indexes the loaded spec files' documents (by path order) and the probed paths; files with no document are the broken ones. */
export function indexLoadedFiles(
  loaded: ReadonlyMap<string, LoadedSpecFile>,
  paths: ReadonlyMap<string, ProbedPath>,
): DocumentIndex {
  const files = [...loaded.values()].filter((f) => f.isSpec).sort((a, b) => (a.path < b.path ? -1 : 1))
  const documents = files.flatMap((f) => (f.document ? [f.document] : []))
  const broken = new Set(files.filter((f) => !f.document).map((f) => f.path))
  return createDocumentIndex(documents, paths, broken)
}

function specFiles(loader: SpecFileLoader): Set<string> {
  return new Set([...loader.loaded.values()].filter((f) => f.isSpec).map((f) => f.path))
}

/** The seed files and every file their documents lead to, transitively. */
function collectReachable(seeds: readonly string[], loader: SpecFileLoader, index: DocumentIndex): Set<string> {
  const reached = new Set(seeds.filter((file) => loader.loaded.get(file)?.isSpec))
  for (const file of reached) {
    const document = loader.loaded.get(file)?.document
    for (const { ref } of document ? collectDocumentRefs(document) : []) {
      const target = findRefTarget(index, ref)
      if (target.type === 'document') reached.add(target.document.file)
      if (target.type === 'broken') {
        const lexical = resolveLexically(ref.at.file, ref.value)
        const probed = lexical.type === 'inside' ? index.paths.get(lexical.path) : undefined
        if (probed?.type === 'file') reached.add(probed.path)
      }
    }
  }
  return reached
}
