import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js'
import type { SpecDocument } from '../model/documents.js'
import { resolveYamlLimits, type YamlLimits } from '../yaml/limits.js'
import { compareCodeUnits } from '../compare-code-units.js'
import { discoverSpecFiles } from './discover-spec-files.js'
import type { DocumentIndex } from './document-index.js'
import { findReferenceCycles } from './find-reference-cycles.js'
import { loadDatasetCsv } from './load-dataset-csv.js'
import { loadReferencedFiles } from './load-referenced-files.js'
import { mapWithConcurrency } from './map-with-concurrency.js'
import { createPathProber, errorCode, type PathProber } from './probe-workspace-path.js'
import { resolveReferences } from './resolve-references.js'
import { selectLintedFiles } from './select-linted-files.js'
import { createSpecFileLoader } from './spec-file-loader.js'
import { createWorkspace, type Workspace } from './workspace.js'
import type { WorkspaceHost } from './workspace-host.js'
import type { ParseCache } from './parse-cache.js'
import type { SpecDefaults } from '../kinds/build-context.js'

/** What {@link loadWorkspace} reads and how. */
export interface LoadWorkspaceOptions {
  /** The workspace's root folder; nothing outside it is read. */
  readonly root: string
  /** Files or folders (absolute, or relative to the root) to lint instead of the whole tree. */
  readonly paths?: readonly string[]
  /** The file system: `nodeWorkspaceHost` from `@fordela/parser/node`, or `createMemoryWorkspaceHost`. */
  readonly host: WorkspaceHost
  readonly limits?: Partial<YamlLimits>
  /** Workspace paths (files and folders) to leave out of the walk. */
  readonly ignore?: (relativePath: string) => boolean
  /** Values for keys documents leave out, such as a rounding policy set in the config. */
  readonly defaults?: SpecDefaults
  /** Parsed files from an earlier load to reuse where a file's text is unchanged (the studio reloads on every keystroke). */
  readonly parseCache?: ParseCache
}

/** A CSV file may be this many times larger than a spec file. */
const CSV_SIZE_FACTOR = 2

/**
 * Loads a workspace: finds the spec files under the root, parses each once,
 * reads each dataset's CSV, checks dataset totals and resolves every
 * reference between documents (by path or id), reporting references that
 * leave the root, name nothing or the wrong kind, duplicate ids and cycles.
 * With `paths`, only those files and the documents they lead to are
 * linted. The result is the same whatever order the file system lists
 * folders in.
 */
export async function loadWorkspace(options: LoadWorkspaceOptions): Promise<Workspace> {
  const host = options.host
  const limits = resolveYamlLimits(options.limits)
  let realRoot: string
  try {
    realRoot = await host.realPath(options.root)
  } catch (error) {
    const args = { path: options.root, reason: errorCode(error) }
    const diagnostic = createDiagnostic('ref/file-unreadable', args, { file: '.', span: [0, 0] })
    return createWorkspace({
      root: options.root,
      documents: [],
      texts: new Map(),
      diagnostics: [diagnostic],
      paths: new Map(),
    })
  }
  const probe = createPathProber(host, realRoot)
  const loader = createSpecFileLoader(host, realRoot, limits, options.defaults, options.parseCache)
  const discovered = await discoverSpecFiles(host, realRoot, options.ignore)
  const diagnostics: Diagnostic[] = [...discovered.diagnostics]
  let seeds: string[] | undefined
  if (options.paths) {
    const selected = await selectLintedFiles(options.root, options.paths, discovered.files, probe)
    diagnostics.push(...selected.diagnostics)
    await loader.load(selected.walked, false)
    await loader.load(selected.named, true)
    seeds = [...selected.walked, ...selected.named]
  } else {
    await loader.load(discovered.files, false)
  }
  const { index, scope } = await loadReferencedFiles(loader, probe, discovered.files, seeds)
  const texts = new Map<string, string>()
  for (const file of [...loader.loaded.values()])
    if (file.text !== undefined && file.isSpec) texts.set(file.path, file.text)
  const inScope = [...scope].sort(compareCodeUnits).flatMap((file) => {
    const loaded = loader.loaded.get(file)
    diagnostics.push(...(loaded?.diagnostics ?? []))
    return loaded?.document ? [loaded.document] : []
  })
  const documents = await readDatasets(
    host,
    probe,
    inScope,
    limits.maxFileBytes * CSV_SIZE_FACTOR,
    texts,
    diagnostics,
    options.parseCache,
  )
  diagnostics.push(...reportDuplicateIds(documents, index))
  const resolved = resolveReferences(documents, index)
  diagnostics.push(...resolved.diagnostics, ...findReferenceCycles(resolved.edges))
  return createWorkspace({
    root: options.root,
    documents,
    texts,
    diagnostics: sortDiagnostics(diagnostics),
    paths: index.paths,
    broken: index.broken,
  })
}

/** The documents with every dataset's CSV units read; CSV texts and findings are added to the given collections. */
async function readDatasets(
  host: WorkspaceHost,
  probe: PathProber,
  documents: readonly SpecDocument[],
  maxCsvBytes: number,
  texts: Map<string, string>,
  diagnostics: Diagnostic[],
  cache: ParseCache | undefined,
): Promise<SpecDocument[]> {
  const loaded = await mapWithConcurrency(documents, 16, async (document) =>
    document.kind === 'Dataset'
      ? loadDatasetCsv(host, probe, document, maxCsvBytes, cache)
      : { document, diagnostics: [] },
  )
  for (const dataset of loaded) {
    if ('csv' in dataset && dataset.csv) texts.set(dataset.csv.path, dataset.csv.text)
    diagnostics.push(...dataset.diagnostics)
  }
  return loaded.map((dataset) => dataset.document)
}

/** A document whose id an earlier document (by path) already has. */
function reportDuplicateIds(documents: readonly SpecDocument[], index: DocumentIndex): Diagnostic[] {
  return documents.flatMap((document) => {
    const first = index.byId.get(document.id.value)
    if (!first || first.file === document.file) return []
    const related = [
      relatedAt(first.id.at, { sv: 'Dokumentet som först har id:t.', en: 'The document that has the id first.' }),
    ]
    return [
      createDiagnostic('ref/duplicate-id', { id: document.id.value, first: first.file }, document.id.at, { related }),
    ]
  })
}
